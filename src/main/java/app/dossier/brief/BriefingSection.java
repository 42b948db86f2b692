package app.dossier.brief;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of a briefing in print order. Each can be switched off; a part with no data in the
 * case (no meeting preparation yet, no key phrases) is left out rather than printed empty.
 */
public enum BriefingSection {
    COVER("cover", "brief.section.cover"),
    SUMMARY("summary", "brief.section.summary"),
    /** The meeting cheat sheet: filled once the case holds a meeting preparation. */
    MEETING("meeting", "brief.section.meeting"),
    TIMELINE("timeline", "brief.section.timeline"),
    QUOTES("quotes", "brief.section.quotes"),
    EXHIBITS("exhibits", "brief.section.exhibits"),
    APPENDIX("appendix", "brief.section.appendix");

    private final String id;
    private final String titleKey;

    BriefingSection(String id, String titleKey) {
        this.id = id;
        this.titleKey = titleKey;
    }

    /** The name on the command line and the anchor in the document. */
    public String id() {
        return id;
    }

    public String titleKey() {
        return titleKey;
    }

    public static Set<BriefingSection> all() {
        return EnumSet.allOf(BriefingSection.class);
    }

    public static Optional<BriefingSection> byId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
    }
}
