package app.dossier.brief;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What one briefing holds: its language (German or English, whatever the app's language), paper,
 * the sections switched on, the exhibits chosen by number (empty: every message or note with an
 * event on the timeline or a key phrase) and the strings to redact.
 */
public record BriefingOptions(Locale language, Paper paper, Set<BriefingSection> sections, Set<Integer> exhibits,
                              Redactions redactions) {
    public BriefingOptions {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
        language = language.getLanguage().equals("de") ? Locale.GERMAN : Locale.ENGLISH;
        sections = sections.isEmpty() ? EnumSet.noneOf(BriefingSection.class) : EnumSet.copyOf(sections);
        exhibits = Set.copyOf(exhibits);
        redactions = redactions == null ? Redactions.NONE : redactions;
    }

    /** Every section, the default exhibits, nothing redacted. */
    public static BriefingOptions defaults(Locale language, Paper paper) {
        return new BriefingOptions(language, paper, BriefingSection.all(), Set.of(), Redactions.NONE);
    }

    public boolean has(BriefingSection section) {
        return sections.contains(section);
    }

    public BriefingOptions withRedactions(Redactions more) {
        return new BriefingOptions(language, paper, sections, exhibits, more);
    }

    public BriefingOptions withSections(Set<BriefingSection> chosen) {
        return new BriefingOptions(language, paper, chosen, exhibits, redactions);
    }

    public BriefingOptions withExhibits(Set<Integer> numbers) {
        return new BriefingOptions(language, paper, sections, numbers, redactions);
    }
}
