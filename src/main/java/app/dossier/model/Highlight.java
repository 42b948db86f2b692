package app.dossier.model;

import app.dossier.model.ExhibitRef.SourceKind;
import java.util.Objects;

/**
 * A key phrase as stored: where it is (a message or a note, and the last known position in its
 * text), how it is anchored (the exact quote and some text before and after it), what it is to the
 * user (category, own category name, note), whether it was found for sure the last time the text
 * was read, its place in the user's order of the quote cards, and whether it came from a suggestion.
 * {@code id} is 0 until stored and never changes afterwards.
 */
public record Highlight(long id, SourceKind sourceKind, long sourceId, String quote, String prefix, String suffix,
                        int start, int end, PhraseCategory category, String customCategory, String note,
                        boolean anchored, int order, boolean suggested) {
    public Highlight {
        Objects.requireNonNull(sourceKind, "sourceKind");
        Objects.requireNonNull(category, "category");
        if (quote == null || quote.isBlank()) {
            throw new IllegalArgumentException("a key phrase needs a quote");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        customCategory = customCategory == null ? "" : customCategory.strip();
        note = note == null ? "" : note;
    }

    public Highlight withId(long newId) {
        return new Highlight(newId, sourceKind, sourceId, quote, prefix, suffix, start, end, category, customCategory,
                note, anchored, order, suggested);
    }

    public Highlight withCategory(PhraseCategory newCategory, String newCustom) {
        return new Highlight(id, sourceKind, sourceId, quote, prefix, suffix, start, end, newCategory,
                newCategory == PhraseCategory.CUSTOM ? newCustom : "", note, anchored, order, suggested);
    }

    public Highlight withNote(String newNote) {
        return new Highlight(id, sourceKind, sourceId, quote, prefix, suffix, start, end, category, customCategory,
                newNote, anchored, order, suggested);
    }

    public Highlight withOrder(int newOrder) {
        return new Highlight(id, sourceKind, sourceId, quote, prefix, suffix, start, end, category, customCategory,
                note, anchored, newOrder, suggested);
    }

    /** The same phrase found again at {@code newStart..newEnd} (or, with {@code found} false, not found). */
    public Highlight reanchored(int newStart, int newEnd, boolean found) {
        return new Highlight(id, sourceKind, sourceId, quote, prefix, suffix, newStart, newEnd, category,
                customCategory, note, found, order, suggested);
    }
}
