package app.dossier.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The user's decision about one event: another kind, another time, another text, hidden, or the
 * kind confirmed as found. {@code keySentence} lets a kind decided (or confirmed) on one sentence
 * teach the case about the same and similar sentences elsewhere.
 */
public record EventCorrection(EventSource source, long sourceId, EventKind originalKind, EventKind newKind,
                              OffsetDateTime newTime, String newText, boolean hidden, String keySentence,
                              boolean confirmed) {
    public EventCorrection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(originalKind, "originalKind");
        keySentence = keySentence == null ? "" : keySentence;
    }

    /** A decision that does not confirm the kind. */
    public EventCorrection(EventSource source, long sourceId, EventKind originalKind, EventKind newKind,
                           OffsetDateTime newTime, String newText, boolean hidden, String keySentence) {
        this(source, sourceId, originalKind, newKind, newTime, newText, hidden, keySentence, false);
    }

    /** The kind the user stands behind, if any: the one set, or the one confirmed. */
    public EventKind decidedKind() {
        return newKind != null ? newKind : confirmed ? originalKind : null;
    }
}
