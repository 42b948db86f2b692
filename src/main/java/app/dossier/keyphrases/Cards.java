package app.dossier.keyphrases;

import app.dossier.model.Address;
import app.dossier.model.ExhibitRef;
import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.Highlight;
import app.dossier.model.QuoteCard;
import app.dossier.model.Side;
import app.dossier.store.ExhibitRepository;
import app.dossier.store.PhraseSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Key phrases with their full citation, from the message or note each one stands in. */
final class Cards {
    private Cards() {
    }

    static List<QuoteCard> of(List<Highlight> highlights, Sources sources, Parties parties,
                              ExhibitRepository.Numbers numbers) {
        List<QuoteCard> cards = new ArrayList<>();
        for (Highlight h : highlights) {
            Optional<ExhibitRef> exhibit = numbers.of(h.sourceKind(), h.sourceId());
            if (exhibit.isEmpty()) {
                continue; // its source is gone with the message (cascade); nothing to cite
            }
            if (h.sourceKind() == SourceKind.MESSAGE) {
                sources.message(h.sourceId()).ifPresent(m -> cards.add(ofMessage(h, m, parties, exhibit.get())));
            } else {
                sources.note(h.sourceId()).ifPresent(n -> cards.add(ofNote(h, n, parties, exhibit.get())));
            }
        }
        return cards;
    }

    private static QuoteCard ofMessage(Highlight h, PhraseSources.MessageSource m, Parties parties, ExhibitRef exhibit) {
        List<String> audience = new ArrayList<>();
        m.to().forEach(a -> audience.add(a.display()));
        m.cc().forEach(a -> audience.add(a.display()));
        Address from = m.from();
        Side side = from.normalizedEmail().isEmpty() ? Side.NEUTRAL : parties.sideOf(from.normalizedEmail());
        return new QuoteCard(h.id(), h.quote(), h.category(), h.customCategory(), h.note(), from.name(), from.email(),
                side, m.sentAt(), audience, m.subject(), m.messageId(), exhibit, m.sha256(), h.start(), h.end(),
                h.anchored(), h.order());
    }

    /** A note is the user's own record: its author is the user, its audience the people it names. */
    private static QuoteCard ofNote(Highlight h, PhraseSources.NoteSource n, Parties parties, ExhibitRef exhibit) {
        String me = parties.me().stream().findFirst().orElse("");
        List<String> audience = n.participants().isBlank() ? List.of() : List.of(n.participants());
        return new QuoteCard(h.id(), h.quote(), h.category(), h.customCategory(), h.note(), "", me, Side.OURS,
                n.occurredAt(), audience, n.title(), "", exhibit, n.sha256(), h.start(), h.end(), h.anchored(),
                h.order());
    }
}
