package app.dossier.model;

/** How an original's bytes are to be read. */
public enum ItemFormat {
    /** RFC 5322 message (from a file, an mbox entry, Maildir or IMAP). */
    RFC822,
    /** Outlook .msg (OLE2 compound file). */
    OUTLOOK_MSG,
    /** A note: UTF-8 text whose first line is "Date: ISO-8601". */
    NOTE
}
