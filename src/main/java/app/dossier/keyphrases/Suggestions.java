package app.dossier.keyphrases;

import app.dossier.model.Address;
import app.dossier.model.EventKind;
import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.FactType;
import app.dossier.model.Highlight;
import app.dossier.model.MessageAnalysis;
import app.dossier.model.PhraseCategory;
import app.dossier.model.PhraseSuggestion;
import app.dossier.model.Side;
import app.dossier.model.TimelineEvent;
import app.dossier.store.SuggestionRepository;
import app.dossier.timeline.ShoutedSentences;
import app.dossier.timeline.Timeline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the timeline's key sentences into suggested key phrases: the other side's threats (Threat),
 * blame and sentences in capitals (Their words), the user's own warnings (My warning) and every
 * approval (Approval). The user's decisions on the timeline count (a changed kind, a hidden event);
 * a sentence the user already marked, accepted or dismissed is not offered again; sentences of
 * events the user confirmed come first.
 */
final class Suggestions {
    private Suggestions() {
    }

    static List<PhraseSuggestion> of(Timeline timeline, Parties parties, Sources sources, List<Highlight> marked,
                                     Map<String, SuggestionRepository.State> decisions) {
        List<PhraseSuggestion> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<Long> shoutingRead = new HashSet<>();
        // Only the events that can give a suggestion need their message's text: read those at once.
        List<TimelineEvent> candidates = new ArrayList<>();
        for (TimelineEvent e : timeline.events()) {
            if (e.source() == app.dossier.model.EventSource.MESSAGE) {
                String author = Address.fromDisplay(e.actor()).normalizedEmail();
                boolean theirs = !author.isEmpty() && parties.sideOf(author) == Side.THEIRS;
                boolean mine = !author.isEmpty() && parties.isMe(author);
                if (category(e.kind(), theirs, mine) != null || theirs && e.has(FactType.SHOUTING)) {
                    candidates.add(e);
                }
            }
        }
        List<Long> ids = candidates.stream().map(TimelineEvent::sourceId).distinct().toList();
        Map<Long, String> texts = sources.messageTexts(ids);
        Map<Long, List<MessageAnalysis.Finding>> findings = sources.findings(ids);
        for (TimelineEvent e : candidates) {
            String author = Address.fromDisplay(e.actor()).normalizedEmail();
            boolean theirs = !author.isEmpty() && parties.sideOf(author) == Side.THEIRS;
            boolean confirmed = e.has(FactType.KIND_SET_BY_YOU) || e.has(FactType.CORRECTED_BY_YOU);
            PhraseCategory category = category(e.kind(), theirs, !author.isEmpty() && parties.isMe(author));
            String text = texts.getOrDefault(e.sourceId(), "");
            if (category != null) {
                add(found, seen, e, text, e.key(), category, e.kind().name(), confirmed);
                // The event shows the best sentence of its kind; the message's other ones count too.
                findings.getOrDefault(e.sourceId(), List.of()).stream().filter(f -> f.label() == e.kind())
                        .sorted(Comparator.comparingDouble(MessageAnalysis.Finding::score).reversed())
                        .forEach(f -> add(found, seen, e, text, f.sentence(), category, e.kind().name(), confirmed));
            }
            if (theirs && e.has(FactType.SHOUTING) && shoutingRead.add(e.sourceId())) {
                for (String sentence : ShoutedSentences.in(text)) {
                    add(found, seen, e, text, sentence, PhraseCategory.THEIR_WORDS, FactType.SHOUTING.name(), confirmed);
                }
            }
        }
        List<PhraseSuggestion> open = new ArrayList<>();
        for (PhraseSuggestion s : found) {
            boolean decided = decisions.containsKey(SuggestionRepository.key(app.dossier.model.EventSource.MESSAGE, s.sourceId(), s.key()));
            boolean overlaps = marked.stream().anyMatch(h -> h.sourceKind() == s.sourceKind()
                    && h.sourceId() == s.sourceId() && h.start() < s.end() && s.start() < h.end());
            if (!decided && !overlaps) {
                open.add(s);
            }
        }
        open.sort(Comparator.comparing((PhraseSuggestion s) -> !s.confirmed()).thenComparing(PhraseSuggestion::time));
        return open;
    }

    static PhraseCategory category(EventKind kind, boolean theirs, boolean mine) {
        return switch (kind) {
            case THREAT -> theirs ? PhraseCategory.THREAT : null;
            case BLAME -> theirs ? PhraseCategory.THEIR_WORDS : null;
            case WARNING -> mine ? PhraseCategory.MY_WARNING : null;
            case APPROVAL -> PhraseCategory.APPROVAL;
            default -> null;
        };
    }

    private static void add(List<PhraseSuggestion> found, Set<String> seen, TimelineEvent e, String text,
                            String sentence, PhraseCategory category, String reason, boolean confirmed) {
        if (sentence == null || sentence.isBlank()) {
            return;
        }
        List<int[]> places = Anchor.occurrences(text, sentence);
        if (places.isEmpty()) {
            return; // an edited key text, or a sentence of a quoted part: nothing to mark
        }
        int[] at = places.get(0);
        PhraseSuggestion s = new PhraseSuggestion(SourceKind.MESSAGE, e.sourceId(), text.substring(at[0], at[1]),
                at[0], at[1], category, reason, e.actor(), e.time(), e.summary(), confirmed);
        if (seen.add(e.sourceId() + ":" + s.key())) {
            found.add(s);
        }
    }
}
