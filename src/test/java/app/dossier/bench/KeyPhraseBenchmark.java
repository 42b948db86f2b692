package app.dossier.bench;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.keyphrases.KeyPhraseService;
import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.PhraseCategory;
import app.dossier.model.PhraseSuggestion;
import app.dossier.store.CaseStores;
import app.dossier.timeline.TimelineService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Key phrases on a large case, as the window uses them: the open suggestions (builds the timeline),
 * accepting {@code N} of them, then what every change costs afterwards (the cards read again, one
 * source's phrases re-found). Prints milliseconds. Usage: {@code KeyPhraseBenchmark CASE [N]}.
 */
public final class KeyPhraseBenchmark {
    private KeyPhraseBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Clock clock = Clock.systemUTC();
        KeyPhraseService phrases = new KeyPhraseService(new TimelineService(new Classifier(), clock), clock);
        try (OpenCase open = new CaseService(new CaseStores(clock)).open(Path.of(args[0]), new char[0])) {
            long t0 = System.nanoTime();
            List<PhraseSuggestion> open1 = phrases.suggestions(open);
            long t1 = System.nanoTime();
            List<PhraseSuggestion> chosen = open1.subList(0, Math.min(n, open1.size()));
            for (PhraseSuggestion s : chosen) {
                phrases.accept(open, s, null);
            }
            long t2 = System.nanoTime();
            int cards = phrases.cards(open).size();
            long t3 = System.nanoTime();
            int again = phrases.cards(open).size();
            long t4 = System.nanoTime();
            long source = chosen.isEmpty() ? 0 : chosen.get(0).sourceId();
            phrases.highlights(open, SourceKind.MESSAGE, source);
            long t5 = System.nanoTime();
            if (!chosen.isEmpty()) {
                PhraseSuggestion s = chosen.get(0);
                phrases.tag(open, SourceKind.MESSAGE, s.sourceId(), s.start(), s.end(), PhraseCategory.CUSTOM, "bench", "");
            }
            long t6 = System.nanoTime();
            System.out.printf(Locale.ROOT, "key phrases: %,d suggestions in %.0f ms; %d accepted in %.0f ms; cards (%d) "
                    + "first read %.0f ms, next %.0f ms; one source's phrases %.0f ms; one tag %.0f ms%n",
                    open1.size(), (t1 - t0) / 1e6, chosen.size(), (t2 - t1) / 1e6, cards, (t3 - t2) / 1e6,
                    (t4 - t3) / 1e6, (t5 - t4) / 1e6, (t6 - t5) / 1e6);
            if (again != cards) {
                throw new IllegalStateException("cards changed between reads");
            }
        }
    }
}
