package app.dossier.model;

/** Where an original came from. */
public enum SourceKind {
    EML_FILE, MBOX, MAILDIR, MSG_FILE, MSG_EMBEDDED, IMAP, NOTE_FILE, TYPED_NOTE,
    /** An item inside an Outlook data file (.pst/.ost), by folder path and node id. */
    PST,
    /** An Outlook data file kept whole, as the exact evidence its items were converted from. */
    PST_FILE,
    /** A stand-alone winmail.dat (TNEF) file. */
    TNEF_FILE
}
