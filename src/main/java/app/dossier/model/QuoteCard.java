package app.dossier.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A key phrase with its full citation: the exact quote, its category and the user's note, who wrote
 * it (name, address, side), when (with the author's offset), to whom, the subject, the Message-ID,
 * the exhibit and the SHA-256 of the best-evidenced original. {@code id} is stable for the life of
 * the highlight (objections point to it). {@code anchored} is false when the quote can no longer be
 * found for sure in the text; {@code start}/{@code end} are then the last known position.
 */
public record QuoteCard(long id, String quote, PhraseCategory category, String customCategory, String note,
                        String authorName, String authorAddress, Side authorSide, OffsetDateTime time,
                        List<String> audience, String subject, String messageId, ExhibitRef exhibit,
                        String sha256, int start, int end, boolean anchored, int order) {
    public QuoteCard {
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(exhibit, "exhibit");
        customCategory = customCategory == null ? "" : customCategory;
        note = note == null ? "" : note;
        authorName = authorName == null ? "" : authorName;
        authorAddress = authorAddress == null ? "" : authorAddress;
        authorSide = authorSide == null ? Side.NEUTRAL : authorSide;
        audience = List.copyOf(audience);
        subject = subject == null ? "" : subject;
        messageId = messageId == null ? "" : messageId;
        sha256 = sha256 == null ? "" : sha256;
    }
}
