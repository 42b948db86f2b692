package app.dossier.store;

import java.util.Objects;

/** What the full-text index knows of one message or note. */
public record SearchDocument(Kind kind, long id, String text, long epochSecond) {
    /** Messages and notes are searched together. */
    public enum Kind { MESSAGE, NOTE }

    public SearchDocument {
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
    }
}
