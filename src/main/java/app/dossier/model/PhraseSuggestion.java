package app.dossier.model;

import app.dossier.model.ExhibitRef.SourceKind;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A sentence the classifier found that may be worth a key phrase: where it is, the category it is
 * suggested as, the label behind it (with SHOUTING for a sentence in capitals), who wrote it and
 * when, and whether the user confirmed the timeline event it comes from (those come first).
 */
public record PhraseSuggestion(SourceKind sourceKind, long sourceId, String sentence, int start, int end,
                               PhraseCategory category, String reason, String author, OffsetDateTime time,
                               String subject, boolean confirmed) {
    public PhraseSuggestion {
        Objects.requireNonNull(sourceKind, "sourceKind");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(sentence, "sentence");
        reason = reason == null ? "" : reason;
        author = author == null ? "" : author;
        subject = subject == null ? "" : subject;
    }

    /** How a suggestion is told apart from others of the same source: its sentence, whitespace collapsed. */
    public String key() {
        return Spaces.collapsed(sentence);
    }
}
