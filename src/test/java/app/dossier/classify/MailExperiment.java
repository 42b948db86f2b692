package app.dossier.classify;

import app.dossier.model.EventKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/** Trains on the corpus and scores whole mails of labeled sets: java -cp … MailExperiment CORPUS FILE… */
public final class MailExperiment {
    private MailExperiment() {
    }

    static void scenario(Classifier classifier, String lang) throws Exception {
        Path scenario = Path.of("/work/shared/scenario");
        String readme = Files.readString(scenario.resolve("README.md"));
        int start = readme.indexOf("```json");
        JsonNode truth = new ObjectMapper().readTree(readme.substring(start + 7, readme.indexOf("```", start + 7)));
        var parser = new app.dossier.ingest.mime.MimeMessageParser(new app.dossier.ingest.msg.TnefReader());
        int exact = 0;
        StringBuilder report = new StringBuilder();
        for (JsonNode entry : truth) {
            var data = parser.parse(Files.readAllBytes(scenario.resolve(entry.get("files").get(lang).asText()))).data();
            Set<EventKind> expected = EnumSet.noneOf(EventKind.class);
            entry.get("events").forEach(e -> expected.add(EventKind.valueOf(e.asText())));
            expected.remove(EventKind.MEETING);
            if (expected.isEmpty()) {
                expected.add(EventKind.OTHER);
            }
            Set<EventKind> actual = classifier.classify(lang, data.subject(), data.text()).labels();
            if (actual.equals(expected)) {
                exact++;
            } else {
                report.append(entry.get("n").asInt()).append(": expected ").append(expected).append(" got ")
                        .append(actual).append('\n');
            }
        }
        System.out.println("scenario " + lang + ": " + exact + " of 26" + (Boolean.getBoolean("verbose") ? "\n" + report : ""));
    }

    public static void main(String[] args) throws Exception {
        var corpus = TrainingCorpus.read(Path.of(args[0]));
        Classifier c = new Classifier(new ModelTrainer(ModelTrainer.Settings.DEFAULT).train(corpus));
        ObjectMapper json = new ObjectMapper();
        boolean verbose = Boolean.getBoolean("verbose");
        scenario(c, "de");
        scenario(c, "en");
        for (int i = 1; i < args.length; i++) {
            Scores s = new Scores();
            for (String line : Files.readAllLines(Path.of(args[i]))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                Set<EventKind> expected = EnumSet.noneOf(EventKind.class);
                row.get("labels").forEach(l -> {
                    if (!l.asText().equals("OTHER")) {
                        expected.add(EventKind.valueOf(l.asText()));
                    }
                });
                var result = c.classify(row.path("lang").asText("auto"), row.path("subject").asText(""),
                        row.get("text").asText());
                Set<EventKind> got = EnumSet.copyOf(result.labels());
                got.remove(EventKind.OTHER);
                s.add(expected, got);
                if (verbose && !got.equals(expected)) {
                    System.out.println(row.get("id").asText() + " expected " + expected + " got " + got);
                    result.evidence().forEach(e -> System.out.printf("   %s %.2f %s%n", e.label(), e.score(), e.sentence()));
                }
            }
            System.out.println(args[i] + "\n" + s.table());
        }
    }
}
