package app.dossier.model;

/** Where an original came from. */
public enum SourceKind {
    EML_FILE, MBOX, MAILDIR, MSG_FILE, MSG_EMBEDDED, IMAP, NOTE_FILE, TYPED_NOTE
}
