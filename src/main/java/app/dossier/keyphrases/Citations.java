package app.dossier.keyphrases;

import app.dossier.i18n.Messages;
import app.dossier.model.Address;
import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.PhraseCategory;
import app.dossier.model.QuoteCard;
import app.dossier.model.Side;
import app.dossier.model.Spaces;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A quote card said in the user's language: as one citation line to paste into a mail or a
 * document, its time in the writer's zone and the reader's, its category and side in words.
 */
public final class Citations {
    /** How many characters of the SHA-256 a citation shows: enough to tell originals apart at a glance. */
    static final int SHA_SHOWN = 8;

    private final Messages messages;
    private final ZoneId readerZone;
    private final DateTimeFormatter dates;

    public Citations(Messages messages, ZoneId readerZone) {
        this.messages = messages;
        this.readerZone = readerZone;
        this.dates = DateTimeFormatter.ofPattern(messages.get("phrases.citation.date"), messages.locale());
    }

    /** E.g. “…” — Markus Wendt to Jonas Becker, 9 Mar 2026 07:58 +01:00, Message-ID &lt;…&gt;, exhibit 11, SHA-256 3f2a…. */
    public String citation(QuoteCard card) {
        String quote = Spaces.collapsed(card.quote());
        String sha = card.sha256().length() > SHA_SHOWN ? card.sha256().substring(0, SHA_SHOWN) : card.sha256();
        String number = Integer.toString(card.exhibit().number());
        if (card.exhibit().kind() == SourceKind.NOTE) {
            return messages.format("phrases.citation.note", quote, card.subject(), written(card.time()), number, sha);
        }
        return messages.format("phrases.citation.message", quote, author(card), recipients(card.audience()),
                written(card.time()), messageId(card.messageId()), number, sha);
    }

    /** The time as the writer's clock showed it, with its offset. */
    public String written(OffsetDateTime time) {
        return time == null ? messages.get("phrases.noDate") : dates.format(time);
    }

    /** The time in the writer's zone and, when it differs, in the reader's. */
    public String when(OffsetDateTime time) {
        if (time == null) {
            return messages.get("phrases.noDate");
        }
        OffsetDateTime mine = time.atZoneSameInstant(readerZone).toOffsetDateTime();
        return mine.getOffset().equals(time.getOffset()) ? dates.format(time)
                : messages.format("phrases.when.both", dates.format(time), dates.format(mine));
    }

    public String author(QuoteCard card) {
        if (card.exhibit().kind() == SourceKind.NOTE) {
            return messages.get("phrases.author.note");
        }
        return card.authorName().isBlank() ? card.authorAddress() : card.authorName();
    }

    public String category(QuoteCard card) {
        return category(card.category(), card.customCategory());
    }

    public String category(PhraseCategory category, String custom) {
        return category == PhraseCategory.CUSTOM && !custom.isBlank() ? custom
                : messages.get(keyOf(category));
    }

    public String side(Side side) {
        return messages.get(switch (side) {
            case OURS -> "phrases.side.ours";
            case THEIRS -> "phrases.side.theirs";
            case NEUTRAL -> "phrases.side.neutral";
        });
    }

    static String keyOf(PhraseCategory category) {
        return switch (category) {
            case THEIR_WORDS -> "phrases.category.theirWords";
            case MY_WARNING -> "phrases.category.myWarning";
            case APPROVAL -> "phrases.category.approval";
            case THREAT -> "phrases.category.threat";
            case INSTRUCTION -> "phrases.category.instruction";
            case ADMISSION_RISK -> "phrases.category.admissionRisk";
            case CUSTOM -> "phrases.category.custom";
        };
    }

    /** Names of the first recipients, the rest counted. */
    public String recipients(List<String> audience) {
        if (audience.isEmpty()) {
            return messages.get("phrases.nobody");
        }
        List<String> names = audience.stream().map(Address::fromDisplay)
                .map(a -> a.name().isBlank() ? a.email() : a.name()).toList();
        String shown = String.join(", ", names.subList(0, Math.min(2, names.size())));
        return names.size() <= 2 ? shown : messages.format("phrases.andOthers", shown, names.size() - 2);
    }

    static String messageId(String id) {
        if (id.isBlank()) {
            return "–";
        }
        return id.startsWith("<") ? id : "<" + id + ">";
    }

    public Messages messages() {
        return messages;
    }
}
