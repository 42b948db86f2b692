package app.dossier.bench;

import app.dossier.store.CaseStore;
import app.dossier.store.MessageSearch;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Full-text search latency on a large case: 200 queries of one to three words and phrases, after
 * a warm-up, printing p50, p95 and max in milliseconds. Run by bench/import-100k.sh.
 */
public final class SearchBenchmark {
    private static final String[] WORDS = {"report", "meeting", "invoice", "Rechnung", "Besprechung", "project",
            "server", "backup", "Lieferung", "Zahlung", "deadline", "approval", "customer", "Termin", "Protokoll",
            "incident", "outage", "Überweisung", "Grüße", "quarterly"};

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        try (CaseStore store = TestCases.open(Path.of(args[0]))) {
            MessageSearch search = new MessageSearch(store);
            long started = System.nanoTime();
            search.catchUp();
            System.out.printf(Locale.ROOT, "index ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
            java.util.Random random = new java.util.Random(42);
            for (int i = 0; i < 50; i++) {
                search.search(query(random), 200);
            }
            List<Double> times = new ArrayList<>();
            int hits = 0;
            for (int i = 0; i < 200; i++) {
                String q = query(random);
                long t = System.nanoTime();
                hits += search.search(q, 200).size();
                times.add((System.nanoTime() - t) / 1e6);
            }
            Collections.sort(times);
            System.out.printf(Locale.ROOT, "search: 200 queries, p50 %.1f ms, p95 %.1f ms, max %.1f ms, %d hits%n",
                    times.get(100), times.get(190), times.get(199), hits);
        }
    }

    private static String query(java.util.Random random) {
        int kind = random.nextInt(3);
        String a = WORDS[random.nextInt(WORDS.length)];
        String b = WORDS[random.nextInt(WORDS.length)];
        return switch (kind) {
            case 0 -> a;
            case 1 -> a + " " + b;
            default -> "\"" + a + " " + b + "\"";
        };
    }
}
