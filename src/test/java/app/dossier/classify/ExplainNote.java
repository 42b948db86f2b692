package app.dossier.classify;

import java.nio.file.Files;
import java.nio.file.Path;

/** For looking into a note: each labeled sentence as a note reads it. java -cp … app.dossier.classify.ExplainNote FILE… */
public final class ExplainNote {
    private ExplainNote() {
    }

    public static void main(String[] args) throws Exception {
        Classifier c = new Classifier();
        for (String f : args) {
            System.out.println("== " + f);
            var result = c.classifyNote("auto", "", Files.readString(Path.of(f)));
            for (var e : result.evidence()) {
                System.out.printf("  %-9s %.2f %s | %s%n", e.label(), e.score(), e.sentence(), e.reasons().size());
            }
        }
    }
}
