package app.dossier.store;

import java.util.Objects;

/** What the full-text index knows of one message or note: its texts, indexed as one field without joining them. */
public record SearchDocument(Kind kind, long id, java.util.List<String> parts, long epochSecond) {
    /** Messages and notes are searched together. */
    public enum Kind { MESSAGE, NOTE }

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        parts = java.util.List.copyOf(parts);
    }
}
