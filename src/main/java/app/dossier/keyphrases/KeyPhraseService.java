package app.dossier.keyphrases;

import app.dossier.cases.OpenCase;
import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.Highlight;
import app.dossier.model.PersonSide;
import app.dossier.model.PhraseCategory;
import app.dossier.model.PhraseSuggestion;
import app.dossier.model.QuoteCard;
import app.dossier.model.Side;
import app.dossier.store.ExhibitRepository;
import app.dossier.store.HighlightRepository;
import app.dossier.store.PartyRepository;
import app.dossier.store.PhraseSources;
import app.dossier.store.SuggestionRepository;
import app.dossier.timeline.TimelineService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Key phrases of a case: tagging and untagging (every change saved at once), re-finding each phrase
 * in the current text, suggestions from the timeline, who is who, and the quote cards in the user's
 * order — what the Key phrases section shows and the briefing prints.
 */
public final class KeyPhraseService {
    private final TimelineService timeline;
    private final Clock clock;
    /**
     * Who is who, per open case: reading it means reading every message's addresses, too slow to do
     * after every tag on a large case. Read again when the number of messages changes or the user
     * sets addresses or sides.
     */
    private final java.util.Map<app.dossier.store.CaseStore, CachedParties> partiesByCase = new java.util.WeakHashMap<>();

    private record CachedParties(long messages, Parties parties) {
    }

    public KeyPhraseService(TimelineService timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    private HighlightRepository repository(OpenCase open) {
        return new HighlightRepository(open.store(), clock);
    }

    /** The text positions of a message's or note's key phrases refer to (see {@link PhraseText}). */
    public String text(OpenCase open, SourceKind kind, long sourceId) {
        return new Sources(open.store()).text(kind, sourceId);
    }

    /** The key phrases of one message or note, each found again in its current text. */
    public List<Highlight> highlights(OpenCase open, SourceKind kind, long sourceId) {
        Sources sources = new Sources(open.store());
        return reanchor(open, repository(open).of(kind, sourceId), sources);
    }

    /** Tags {@code text[start, end)} of a message or note; the new phrase's card goes last. */
    public Highlight tag(OpenCase open, SourceKind kind, long sourceId, int start, int end, PhraseCategory category,
                         String customName, String note) {
        String text = text(open, kind, sourceId);
        if (start < 0 || end > text.length() || end <= start) {
            throw new IllegalArgumentException("no text selected at " + start + ".." + end);
        }
        Highlight h = Anchor.create(kind, sourceId, text, start, end, category, customName, note,
                repository(open).lastOrder() + 1, false);
        return repository(open).replace(List.of(), List.of(h)).get(0);
    }

    /** Tags the first place {@code quote} stands in the text (whitespace between its words may differ). */
    public Highlight tagQuote(OpenCase open, SourceKind kind, long sourceId, String quote, PhraseCategory category,
                              String customName, String note) {
        List<int[]> places = quote == null ? List.of() : Anchor.occurrences(text(open, kind, sourceId), quote);
        if (places.isEmpty()) {
            throw new QuoteNotFoundException(quote);
        }
        return tag(open, kind, sourceId, places.get(0)[0], places.get(0)[1], category, customName, note);
    }

    /**
     * Removes and stores phrases in one step: edits, untagging, reordering, and undo/redo of each
     * (a removed phrase stored again keeps its id, so its card keeps its identity).
     */
    public List<Highlight> replace(OpenCase open, Collection<Long> removeIds, List<Highlight> put) {
        return repository(open).replace(removeIds, put);
    }

    public Optional<Highlight> find(OpenCase open, long id) {
        return repository(open).find(id);
    }

    /** A message by number, Message-ID or an original's SHA-256. */
    public Optional<Long> findMessage(OpenCase open, String reference) {
        return new PhraseSources(open.store()).findMessage(reference);
    }

    /** How many key phrases the case holds, lost ones and dismissed suggestions (for {@code dossier info}). */
    public PhraseCounts counts(OpenCase open) {
        long[] c = repository(open).counts();
        return new PhraseCounts(c[0], c[1], c[2]);
    }

    /** Key phrase figures of a case. */
    public record PhraseCounts(long phrases, long lost, long dismissed) {
    }

    /** Every key phrase as a quote card, in the user's order. */
    public List<QuoteCard> cards(OpenCase open) {
        Sources sources = new Sources(open.store());
        List<Highlight> all = reanchor(open, repository(open).all(), sources);
        return Cards.of(all, sources, parties(open), new ExhibitRepository(open.store()).numbers());
    }

    /** The suggested phrases the user has not decided on, confirmed events' sentences first. */
    public List<PhraseSuggestion> suggestions(OpenCase open) {
        return Suggestions.of(timeline.build(open), parties(open), new Sources(open.store()),
                repository(open).all(), new SuggestionRepository(open.store(), clock).decisions());
    }

    /** Accepts a suggestion as a key phrase of {@code category} (the suggested one when null). */
    public Highlight accept(OpenCase open, PhraseSuggestion s, PhraseCategory category) {
        String text = text(open, s.sourceKind(), s.sourceId());
        Highlight h = Anchor.create(s.sourceKind(), s.sourceId(), text, s.start(), s.end(),
                category == null ? s.category() : category, "", "", repository(open).lastOrder() + 1, true);
        Highlight stored = repository(open).replace(List.of(), List.of(h)).get(0);
        markAccepted(open, s);
        return stored;
    }

    /** Records that a suggestion was taken (redo of an accept, whose key phrase is stored again by id). */
    public void markAccepted(OpenCase open, PhraseSuggestion s) {
        suggestions(open, s, SuggestionRepository.State.ACCEPTED);
    }

    /** Dismisses a suggestion for good (it is not offered again after a rebuild). */
    public void dismiss(OpenCase open, PhraseSuggestion s) {
        suggestions(open, s, SuggestionRepository.State.DISMISSED);
    }

    /** Forgets the decision about a suggestion (undo of accept or dismiss). */
    public void reconsider(OpenCase open, PhraseSuggestion s) {
        new SuggestionRepository(open.store(), clock).forget(type(s.sourceKind()), s.sourceId(), s.key());
    }

    private void suggestions(OpenCase open, PhraseSuggestion s, SuggestionRepository.State state) {
        new SuggestionRepository(open.store(), clock).decide(type(s.sourceKind()), s.sourceId(), s.key(), state);
    }

    private static app.dossier.model.EventSource type(SourceKind kind) {
        return kind == SourceKind.MESSAGE ? app.dossier.model.EventSource.MESSAGE : app.dossier.model.EventSource.NOTE;
    }

    /** Everyone in the mail with their side; the user's addresses are marked. */
    public List<PersonSide> people(OpenCase open) {
        return parties(open).people();
    }

    /** The user's addresses as set, or as suggested from the mailbox owner while none are set. */
    public Parties parties(OpenCase open) {
        long messages = open.counts().messages();
        synchronized (partiesByCase) {
            CachedParties cached = partiesByCase.get(open.store());
            if (cached != null && cached.messages() == messages) {
                return cached.parties();
            }
        }
        Parties read = Parties.of(open.store());
        synchronized (partiesByCase) {
            partiesByCase.put(open.store(), new CachedParties(messages, read));
        }
        return read;
    }

    private void forgetParties(OpenCase open) {
        synchronized (partiesByCase) {
            partiesByCase.remove(open.store());
        }
    }

    /** The addresses the user set as theirs (empty while only the mailbox owner is assumed); a quick read. */
    public java.util.Set<String> chosenMe(OpenCase open) {
        return new PartyRepository(open.store()).me();
    }

    public void setMe(OpenCase open, Collection<String> addresses) {
        new PartyRepository(open.store()).setMe(addresses);
        forgetParties(open);
    }

    /** Puts a person on a side; {@code null} takes the suggestion again. */
    public void setSide(OpenCase open, String address, Side side) {
        new PartyRepository(open.store()).setSide(address, side);
        forgetParties(open);
    }

    /** Finds each phrase in its source's current text and stores where it is now, or that it is lost. */
    private List<Highlight> reanchor(OpenCase open, List<Highlight> highlights, Sources sources) {
        List<Highlight> result = new ArrayList<>();
        List<Highlight> changed = new ArrayList<>();
        for (Highlight h : highlights) {
            String text = sources.text(h.sourceKind(), h.sourceId());
            Optional<int[]> at = Anchor.find(text, h);
            Highlight now = at.map(p -> h.reanchored(p[0], p[1], true)).orElseGet(() -> h.reanchored(h.start(), h.end(),
                    false));
            if (!now.equals(h)) {
                changed.add(now);
            }
            result.add(now);
        }
        if (!changed.isEmpty()) {
            repository(open).replace(List.of(), changed);
        }
        return result;
    }
}
