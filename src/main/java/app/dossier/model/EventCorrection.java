package app.dossier.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The user's decision about one event: another kind, another time, another text, or hidden.
 * {@code keySentence} lets the same decision apply to the same sentence elsewhere in the case.
 */
public record EventCorrection(String sourceType, long sourceId, EventKind originalKind, EventKind newKind,
                              OffsetDateTime newTime, String newText, boolean hidden, String keySentence) {
    public EventCorrection {
        EventSource.of(Objects.requireNonNull(sourceType, "sourceType"));
        Objects.requireNonNull(originalKind, "originalKind");
        keySentence = keySentence == null ? "" : keySentence;
    }
}
