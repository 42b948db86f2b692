package app.dossier.bench;

import app.dossier.classify.Classifier;
import app.dossier.store.CaseStore;
import app.dossier.store.TimelineSource;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Classifier throughput on one thread: reads the first N messages of a case (default 3,000) and
 * classifies each, after a warm-up pass, printing messages/s and the mean text length.
 *
 *   java -cp target/dossier.jar:target/test-classes app.dossier.bench.ClassifierBenchmark CASE [N]
 */
public final class ClassifierBenchmark {
    private ClassifierBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        try (CaseStore store = TestCases.open(Path.of(args[0]))) {
            Map<Long, String> texts = new TimelineSource(store).texts(LongStream.rangeClosed(1, n).boxed().toList());
            List<String> bodies = List.copyOf(texts.values());
            Classifier classifier = new Classifier();
            bodies.forEach(b -> classifier.classify("auto", "", b));
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            int labels = 0;
            for (String body : bodies) {
                labels += classifier.classify("auto", "", body).labels().size();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            double meanLength = bodies.stream().mapToInt(String::length).average().orElse(0);
            System.out.printf(Locale.ROOT, "classify: %d messages in %.2f s, %.0f msg/s on one thread "
                    + "(mean text %.0f chars, %d labels); %.0f msg per CPU second of that thread%n", bodies.size(), seconds,
                    bodies.size() / seconds, meanLength, labels, bodies.size() / cpu);
        }
    }
}
