package app.dossier.model;

import java.util.Objects;

/**
 * The exact place an original was read from: a file, an entry of an mbox at a byte offset, a
 * message in an IMAP folder by UID, or an item inside an Outlook file. Offsets and UIDs are -1
 * when they do not apply.
 */
public record SourceRef(SourceKind kind, String location, long offset, long uid, String detail) {
    public SourceRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        detail = detail == null ? "" : detail;
    }

    public static SourceRef file(SourceKind kind, String location) {
        return new SourceRef(kind, location, -1, -1, "");
    }

    /** Human-readable place, e.g. "inbox.mbox @ byte 1234" or "imap://host/INBOX UID 17". */
    public String describe() {
        StringBuilder text = new StringBuilder(location);
        if (offset >= 0) {
            text.append(" @ byte ").append(offset);
        }
        if (uid >= 0) {
            text.append(" UID ").append(uid);
        }
        if (!detail.isEmpty()) {
            text.append(" (").append(detail).append(')');
        }
        return text.toString();
    }
}
