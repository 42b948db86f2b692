package app.dossier.model;

import java.util.regex.Pattern;

/**
 * Why an item or a source could not be imported. Stored in the case as the code and its
 * parameters, so each language says it in its own words; {@link #english} is the sentence
 * earlier versions stored instead, and {@link FailureReason#fromLegacy} reads those back.
 */
public enum FailureCode {
    /** The file or folder is not there. */
    SOURCE_MISSING(0, "it does not exist"),
    /** A source could not be opened; parameter: the system's reason. */
    SOURCE_UNREADABLE(1, "cannot read: {0}"),
    /** A reader stopped before the end of its source; parameters: the source, the reason. */
    SOURCE_INCOMPLETE(2, "reading {0} stopped before its end: {1}"),
    /** A reader broke off with an internal error (a bug, details in the log); parameter: the source. */
    READER_FAILED(1, "reading {0} stopped because of an internal error; the details are in the log"),
    FOLDER_UNREADABLE(1, "cannot read the folder: {0}"),
    FILE_UNREADABLE(1, "cannot read the file: {0}"),
    FILE_EMPTY(0, "the file is empty"),
    UNKNOWN_FORMAT(0, "not a mail, mailbox, Outlook or note file"),
    /** Parameter: the limit in MB. */
    FILE_TOO_LARGE(1, "file larger than {0} MB"),
    /** Parameter: the limit in MB. */
    MESSAGE_TOO_LARGE(1, "message larger than {0} MB"),
    EMPTY_MBOX_ENTRY(0, "empty mailbox entry"),
    /** Parameter: the server's or network's reason. */
    IMAP_FETCH_FAILED(1, "cannot fetch the message: {0}"),
    /** A parser gave up; parameter: what went wrong, as a short technical name. */
    UNREADABLE_ITEM(1, "could not be read ({0})"),
    /** Parameter: what the Outlook reader said. */
    OUTLOOK_DAMAGED(1, "damaged Outlook file ({0})"),
    /** Parameter: what the Outlook reader said. */
    NOT_OUTLOOK(1, "not a readable Outlook file ({0})"),
    NOTE_WITHOUT_DATE(0, "a note needs a date at its top: a first line \"Date: <ISO-8601 date>\", or a line such as"
            + " \"Tuesday 24 March 2026, 14:00\" among its first lines"),
    /** Parameter: the limit in seconds. */
    PARSE_TIMEOUT(1, "reading it took longer than {0} s and was stopped"),
    SAMPLE_MISSING(0, "missing"),
    TNEF_UNREADABLE(0, "not a readable winmail.dat (TNEF) file"),
    PST_ITEM_NO_MAIL(0, "an Outlook item of a kind that holds no mail or note"),
    /** Parameter: what the Outlook data file reader said. */
    PST_ITEM_UNREADABLE(1, "this Outlook item cannot be read ({0})"),
    /** Parameter: what the Outlook data file reader said. */
    PST_UNREADABLE(1, "not a readable Outlook data file ({0})"),
    /** Parameter: what the Outlook data file reader said. */
    PST_TREE_DAMAGED(1, "the folder tree of the Outlook data file is damaged ({0})"),
    TOOL_FOLDER_SKIPPED(0, "a hidden folder of another program (not mail), left out"),
    /** A file named .msg that is another Office file; parameter: what it is. */
    NOT_OUTLOOK_ITEM(1, "not an Outlook item: the file is {0}, whatever its name says"),
    /** A reason stored by an earlier version that matches no code; parameter: its text, shown as it is. */
    LEGACY(1, "{0}");

    private final int parameters;
    private final String english;
    private final Pattern legacy;

    FailureCode(int parameters, String english) {
        this.parameters = parameters;
        this.english = english;
        this.legacy = pattern(english);
    }

    public int parameters() {
        return parameters;
    }

    /** The English sentence with {@code {0}}, {@code {1}} for the parameters (as stored before codes). */
    public String english() {
        return english;
    }

    Pattern legacyPattern() {
        return legacy;
    }

    private static Pattern pattern(String template) {
        StringBuilder regex = new StringBuilder();
        int at = 0;
        java.util.regex.Matcher slot = Pattern.compile("\\{\\d}").matcher(template);
        while (slot.find()) {
            regex.append(Pattern.quote(template.substring(at, slot.start()))).append("(.*)");
            at = slot.end();
        }
        regex.append(Pattern.quote(template.substring(at)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
