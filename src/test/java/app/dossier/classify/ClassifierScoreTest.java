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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scores the classifier on the labeled sentences of shared/labeled/dev.jsonl and prints per-label figures. */
class ClassifierScoreTest {
    private static final List<EventKind> LABELS = List.of(EventKind.REQUEST, EventKind.WARNING, EventKind.APPROVAL,
            EventKind.THREAT, EventKind.INCIDENT, EventKind.CHANGE, EventKind.BLAME, EventKind.OTHER);

    /**
     * The dev set: the hand-written cues were tuned on it (0.986), the trained model never saw it
     * (model alone 0.822 with the model of 2026-12-01 afternoon, 0.828 with that of the evening; as
     * shipped 0.979 when the cues decided, 0.875 now that the model leads, docs/decisions/0022);
     * a regression check, the guard sits a little below.
     */
    @Test
    void scoresOnTheDevSet() throws Exception {
        double macro = score("dev.jsonl", Files.readAllLines(SharedData.root().resolve("labeled/dev.jsonl")));
        assertThat(macro).isGreaterThanOrEqualTo(0.84);
    }

    /**
     * Mails written for this project from other trades than the dev set. "rules" is what the cues
     * scored on each set's first run (sets 1-6 were then used to widen the cues); the trained model
     * has seen none of these sets, so each is an unseen estimate ("model": the model alone, model of
     * 2026-12-01 evening). As shipped (docs/decisions/0022): 0.925, 0.923, 0.919, 0.923, 0.894, 0.843
     * and, never tuned on, 0.722 for set 7 (when the cues decided: sets 1-6 0.90-1.00, set 7 0.476).
     * The guards sit a little below, so a regression fails; the sets are small (20-40 mails), so one
     * mail moves a figure by several points.
     */
    @ParameterizedTest(name = "{0}: rules first run {2}, model {3}, now at least {1}")
    @CsvSource(delimiter = '|', textBlock = """
            heldout.jsonl  | 0.88 | 0.774 | 0.887 | phone approvals confirmed later, internal warnings, retail, hospital
            heldout2.jsonl | 0.87 | 0.398 | 0.898 | booking tool, call centre, shop vouchers
            heldout3.jsonl | 0.87 | 0.753 | 0.884 | building site cameras, school portal
            heldout4.jsonl | 0.87 | 0.585 | 0.891 | payment controls, HR files
            heldout5.jsonl | 0.84 | 0.574 | 0.825 | medical practice, travel agency
            heldout6.jsonl | 0.79 | 0.423 | 0.788 | parcel delivery app, town hall
            heldout7.jsonl | 0.67 | 0.450 | 0.728 | university library, energy utility
            """)
    void scoresOnSentencesWrittenForThisProject(String file, double atLeast, String rules, String model, String topics)
            throws Exception {
        assertThat(score(file + " (" + topics + ")", resourceLines(file))).isGreaterThanOrEqualTo(atLeast);
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
