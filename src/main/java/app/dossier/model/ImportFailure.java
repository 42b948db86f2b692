package app.dossier.model;

import java.util.Objects;

/** One item that could not be imported, where it was, and why, in words a person understands. */
public record ImportFailure(SourceRef source, String reason) {
    public ImportFailure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }
}
