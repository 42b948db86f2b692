package app.dossier.classify;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tool, not a test: prints leave-one-writer-out (or, with {@code trades}, leave-one-trade-out
 * with the running totals after each trade, for runs cut short) for the model alone and as shipped,
 * the figures ClassifierEvaluationTest checks.
 */
final class EvaluateWriters {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("training/corpus");
        var sentences = TrainingCorpus.read(corpus);
        Map<String, String> writers = Training.writersOf(corpus);
        if (args.length == 0 || !args[0].equals("trades")) {
            var result = Training.leaveOneWriterOut(sentences, writers, System.out::println);
            System.out.println("model alone:\n" + result.modelAlone().table());
            System.out.println("as shipped:\n" + result.shipped().table());
            return;
        }
        Map<String, List<TrainingSentence>> byTrade = new TreeMap<>();
        sentences.forEach(s -> byTrade.computeIfAbsent(s.trade(), t -> new ArrayList<>()).add(s));
        Scores alone = new Scores();
        Scores shipped = new Scores();
        int[] done = {0};
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
        for (String trade : byTrade.keySet()) {
            jobs.add(pool.submit(() -> {
                // one trade through the same code as the test, so the totals are the test's
                var one = Training.leaveOneTradeOut(sentences, writers, line -> { }, trade);
                synchronized (alone) {
                    alone.addAll(one.modelAlone());
                    shipped.addAll(one.shipped());
                    done[0]++;
                    System.out.println("after " + done[0] + " of " + byTrade.size() + " trades (" + trade + "):\nmodel alone:\n"
                            + alone.table() + "as shipped:\n" + shipped.table());
                }
            }));
        }
        for (var job : jobs) {
            job.get();
        }
        pool.shutdown();
    }
}
