package app.dossier.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The parts of the main window, in the order a user works through a case. */
public enum Section {
    IMPORT("import", "section.import", "section.import.purpose", Feather.DOWNLOAD),
    MESSAGES("messages", "section.messages", "section.messages.purpose", Feather.MAIL),
    TIMELINE("timeline", "section.timeline", "section.timeline.purpose", Feather.CLOCK),
    KEY_PHRASES("keyPhrases", "section.keyPhrases", "section.keyPhrases.purpose", Feather.BOOKMARK),
    MEETING("meeting", "section.meeting", "section.meeting.purpose", Feather.USERS),
    REHEARSE("rehearse", "section.rehearse", "section.rehearse.purpose", Feather.MESSAGE_SQUARE),
    BRIEFING("briefing", "section.briefing", "section.briefing.purpose", Feather.FILE_TEXT);

    private final String id;
    private final String titleKey;
    private final String purposeKey;
    private final Ikon icon;

    Section(String id, String titleKey, String purposeKey, Ikon icon) {
        this.id = id;
        this.titleKey = titleKey;
        this.purposeKey = purposeKey;
        this.icon = icon;
    }

    /** Stable id for node ids and tests. */
    public String id() {
        return id;
    }

    public String titleKey() {
        return titleKey;
    }

    /** What the section is for, said in one or two sentences. */
    public String purposeKey() {
        return purposeKey;
    }

    public Ikon icon() {
        return icon;
    }
}
