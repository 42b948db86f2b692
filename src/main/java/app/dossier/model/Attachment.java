package app.dossier.model;

/** A file carried by a message; its bytes stay inside the original and are extracted on demand. */
public record Attachment(int ordinal, String name, String mimeType, long size, String sha256) {
    public Attachment {
        if (ordinal < 0 || size < 0) {
            throw new IllegalArgumentException("ordinal and size cannot be negative");
        }
        name = name == null || name.isBlank() ? "attachment-" + (ordinal + 1) : name;
        mimeType = mimeType == null ? "application/octet-stream" : mimeType;
    }
}
