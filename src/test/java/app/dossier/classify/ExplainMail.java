package app.dossier.classify;

import app.dossier.ingest.mime.MimeMessageParser;
import app.dossier.ingest.msg.TnefReader;
import java.nio.file.Files;
import java.nio.file.Path;

/** For looking into a mail: each labeled sentence, its probability and reasons. java -cp target/dossier.jar:target/test-classes app.dossier.classify.ExplainMail FILE.eml… */
public final class ExplainMail {
    private ExplainMail() {
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
