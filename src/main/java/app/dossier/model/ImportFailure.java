package app.dossier.model;

import java.util.Objects;

/** One item (or a whole source) that could not be imported, where it was, and why. */
public record ImportFailure(SourceRef source, FailureReason reason) {
    public ImportFailure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    public ImportFailure(SourceRef source, FailureCode code, Object... parameters) {
        this(source, FailureReason.of(code, parameters));
    }

    /**
     * A reason given as an English sentence, read as an earlier version's stored text would be.
     * Prefer a {@link FailureCode}; this keeps readers written against the old form working.
     */
    public ImportFailure(SourceRef source, String reason) {
        this(source, FailureReason.fromLegacy(reason));
    }

    /** Whether a whole source (not one item of it) was left unread or read only part-way. */
    public boolean aboutSource() {
        return reason.code() == FailureCode.SOURCE_INCOMPLETE || reason.code() == FailureCode.READER_FAILED || reason.code() == FailureCode.SOURCE_UNREADABLE
                || reason.code() == FailureCode.SOURCE_MISSING;
    }
}
