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

    public static void main(String[] args) throws Exception {
        var corpus = TrainingCorpus.read(Path.of(args[0]));
        Classifier c = new Classifier(new ModelTrainer(ModelTrainer.Settings.DEFAULT).train(corpus));
        ObjectMapper json = new ObjectMapper();
        boolean verbose = Boolean.getBoolean("verbose");
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
