package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.EventKind;
import app.dossier.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scores the classifier on the labeled sentences of shared/labeled/dev.jsonl and prints per-label figures. */
class ClassifierScoreTest {
    private static final List<EventKind> LABELS = List.of(EventKind.REQUEST, EventKind.WARNING, EventKind.APPROVAL,
            EventKind.THREAT, EventKind.INCIDENT, EventKind.CHANGE, EventKind.BLAME, EventKind.OTHER);

    @Test
    void scoresOnTheDevSet() throws Exception {
        double macro = score("dev.jsonl", Files.readAllLines(SharedData.root().resolve("labeled/dev.jsonl")));
        assertThat(macro).isGreaterThanOrEqualTo(0.90);
    }

    /**
     * Sentences written for this project, from other stories and trades than the dev set (phone
     * approvals confirmed later, warnings kept internal, retail, hospital, warehouse), never used to
     * tune the cues: a check that the classifier generalises rather than remembers.
     */
    @Test
    void scoresOnSentencesItWasNotTunedOn() throws Exception {
        try (var in = ClassifierScoreTest.class.getResourceAsStream("/app/dossier/classify/heldout.jsonl")) {
            List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
            assertThat(score("held-out", lines)).isGreaterThanOrEqualTo(0.80);
        }
    }

    /**
     * A second set (booking tool, call centre, shop vouchers): it scored 0.398 when first run, which
     * led to a second pass over the vocabulary; now a regression check like the first.
     */
    @Test
    void scoresOnASecondWrittenSet() throws Exception {
        assertThat(score("held-out 2", resourceLines("heldout2.jsonl"))).isGreaterThanOrEqualTo(0.80);
    }

    /** A third set (building site cameras, school portal): 0.753 when first run, then a third vocabulary pass. */
    @Test
    void scoresOnAThirdWrittenSet() throws Exception {
        assertThat(score("held-out 3", resourceLines("heldout3.jsonl"))).isGreaterThanOrEqualTo(0.80);
    }

    /** A fourth set (payment controls, HR files): 0.585 when first run, then a fourth pass (constructions). */
    @Test
    void scoresOnAFourthWrittenSet() throws Exception {
        assertThat(score("held-out 4", resourceLines("heldout4.jsonl"))).isGreaterThanOrEqualTo(0.80);
    }

    /** A fifth set (medical practice, travel agency): 0.574 when first run, then a fifth pass (conditionals). */
    @Test
    void scoresOnAFifthWrittenSet() throws Exception {
        assertThat(score("held-out 5", resourceLines("heldout5.jsonl"))).isGreaterThanOrEqualTo(0.80);
    }

    /** A sixth set (parcel delivery app, town hall): 0.423 when first run, then a sixth pass (sentence shapes). */
    @Test
    void scoresOnASixthWrittenSet() throws Exception {
        assertThat(score("held-out 6", resourceLines("heldout6.jsonl"))).isGreaterThanOrEqualTo(0.80);
    }

    /**
     * A seventh set (university library, energy utility) written after the cues were final and
     * never tuned on: the honest estimate of how the classifier does on sentences it has not seen.
     */
    @Test
    void scoresOnASeventhSetNeverTunedOn() throws Exception {
        // 0.450 on 2026-11-27: sets 2-6 scored 0.40-0.75 on their first run too. The guard only
        // catches a collapse; the figure itself is what the notes report.
        assertThat(score("held-out 7, never tuned on", resourceLines("heldout7.jsonl"))).isGreaterThanOrEqualTo(0.40);
    }

    private static List<String> resourceLines(String name) throws Exception {
        try (var in = ClassifierScoreTest.class.getResourceAsStream("/app/dossier/classify/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank()).toList();
        }
    }

    private static double score(String name, List<String> lines) throws Exception {
        Classifier classifier = new Classifier();
        ObjectMapper json = new ObjectMapper();
        Map<EventKind, int[]> counts = new EnumMap<>(EventKind.class); // tp, fp, fn
        LABELS.forEach(l -> counts.put(l, new int[3]));
        StringBuilder misses = new StringBuilder();
        for (String line : lines) {
            JsonNode row = json.readTree(line);
            Set<EventKind> expected = EnumSet.noneOf(EventKind.class);
            row.get("labels").forEach(l -> expected.add(EventKind.valueOf(l.asText())));
            Set<EventKind> actual = classifier.classify(row.path("lang").asText("auto"), row.path("subject").asText(""),
                    row.get("text").asText()).labels();
            for (EventKind label : LABELS) {
                boolean e = expected.contains(label);
                boolean a = actual.contains(label);
                if (e && a) {
                    counts.get(label)[0]++;
                } else if (a) {
                    counts.get(label)[1]++;
                } else if (e) {
                    counts.get(label)[2]++;
                }
            }
            if (!expected.equals(actual)) {
                misses.append(row.get("id").asText()).append(" expected ").append(expected).append(" got ").append(actual)
                        .append('\n');
            }
        }
        double macro = 0;
        StringBuilder report = new StringBuilder("label       precision  recall  F1\n");
        for (EventKind label : LABELS) {
            int[] c = counts.get(label);
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            macro += f / LABELS.size();
            report.append(String.format(Locale.ROOT, "%-10s  %9.2f  %6.2f  %4.2f%n", label, p, r, f));
        }
        report.append(String.format(Locale.ROOT, "macro-F1 %.3f on %d texts%n", macro, lines.size()));
        System.out.println(name + ":\n" + report + misses);
        return macro;
    }
}
