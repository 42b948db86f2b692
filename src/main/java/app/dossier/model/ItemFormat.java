package app.dossier.model;

/** How an original's bytes are to be read. */
public enum ItemFormat {
    /** RFC 5322 message (from a file, an mbox entry, Maildir or IMAP). */
    RFC822,
    /** Outlook .msg (OLE2 compound file). */
    OUTLOOK_MSG,
    /** A note: UTF-8 text whose first line is "Date: ISO-8601". */
    NOTE,
    /** A mail from an Outlook data file, converted to MIME; its attached items become messages of their own. */
    PST_ITEM,
    /** A file kept whole as evidence (an Outlook data file); nothing is read from it as a message. */
    CONTAINER,
    /** A stand-alone TNEF file (winmail.dat). */
    TNEF
}
