package app.dossier.classify;

import app.dossier.model.EventKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tool, not a test: scores ways of combining model and cues on whole mails (the dev set and the
 * heldout sets) with the built-in model. Run from the repository with the test class path.
 */
final class MailLevelExperiment {
    public static void main(String[] args) throws Exception {
        Map<String, List<String>> sets = new LinkedHashMap<>();
        sets.put("dev", Files.readAllLines(Path.of("../shared/labeled/dev.jsonl")));
        for (String h : List.of("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")) {
            sets.put(h, Files.readAllLines(Path.of("src/test/resources/app/dossier/classify/" + h + ".jsonl")));
        }
        LabelModel model = LabelModel.builtIn();
        double inf = Double.POSITIVE_INFINITY;
        Map<String, Combination> variants = new LinkedHashMap<>();
        variants.put("old", Combination.CUES_DECIDE);
        variants.put("shipped", Combination.SHIPPED);
        variants.put("model", Combination.MODEL_ALONE);
        for (String a : args) {
            String[] p = a.split(",");
            variants.put(a, new Combination(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                    p[2].contains(":") ? java.util.Arrays.stream(p[2].split(":")).mapToDouble(Double::parseDouble).toArray()
                            : Combination.uniform(Double.parseDouble(p[2])), Double.parseDouble(p[3]), true, Double.parseDouble(p[4])));
        }
        ObjectMapper json = new ObjectMapper();
        for (var v : variants.entrySet()) {
            Classifier c = new Classifier(model, v.getValue());
            StringBuilder line = new StringBuilder(String.format("%-22s", v.getKey()));
            for (var set : sets.entrySet()) {
                Scores s = new Scores();
                for (String l : set.getValue()) {
                    if (l.isBlank()) {
                        continue;
                    }
                    JsonNode row = json.readTree(l);
                    Set<EventKind> expected = EnumSet.noneOf(EventKind.class);
                    row.get("labels").forEach(x -> expected.add(EventKind.valueOf(x.asText())));
                    expected.remove(EventKind.OTHER);
                    s.add(expected, c.classify(row.path("lang").asText("auto"), row.path("subject").asText(""),
                            row.get("text").asText()).labels());
                }
                line.append(String.format(" %s %.3f", set.getKey(), s.macroF1()));
            }
            System.out.println(line);
        }
    }
}
