package app.dossier.classify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Throughput on the dev mails, one thread: java -cp … SpeedExperiment */
public final class SpeedExperiment {
    private SpeedExperiment() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/work/shared/labeled/dev.jsonl"))) {
            texts.add(json.readTree(line).get("text").asText());
        }
        Classifier c = new Classifier();
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            long cpu0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int n = 0;
            long chars = 0;
            while (System.nanoTime() - t0 < 3_000_000_000L) {
                for (String t : texts) {
                    c.classify("auto", "", t);
                    n++;
                    chars += t.length();
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("%.0f msg/s wall, %.0f msg per CPU second (mean %d chars)%n", n / s, n / cpu, chars / n);
        }
    }
}
