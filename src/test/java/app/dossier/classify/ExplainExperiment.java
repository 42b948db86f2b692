package app.dossier.classify;

import app.dossier.ingest.mime.MimeMessageParser;
import app.dossier.ingest.msg.TnefReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints each sentence's labels for mail files: java -cp … app.dossier.classify.ExplainExperiment FILE… */
public final class ExplainExperiment {
    private ExplainExperiment() {
    }

    public static void main(String[] args) throws Exception {
        Classifier c = new Classifier();
        MimeMessageParser parser = new MimeMessageParser(new TnefReader());
        for (String f : args) {
            var data = parser.parse(Files.readAllBytes(Path.of(f))).data();
            System.out.println("== " + f + " " + data.subject());
            var result = c.classify("auto", data.subject(), data.text());
            for (var e : result.evidence()) {
                System.out.printf("  %-9s %.2f %s | %s%n", e.label(), e.score(), e.sentence(), e.reasons());
            }
        }
    }
}
