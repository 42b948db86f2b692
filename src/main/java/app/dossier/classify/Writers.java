package app.dossier.classify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who wrote which trade of the corpus ({@code training/writers.tsv}: trade, tab, writer group;
 * {@code #} starts a comment). Leave-one-writer-out holds out a whole group: the honest test of
 * wording the model has never seen, since one writer's style runs through all of his trades.
 */
final class Writers {
    private Writers() {
    }

    /** Trade to writer group; empty when the file is absent (then each trade is its own group). */
    static Map<String, String> read(Path file) throws TrainingCorpus.BadCorpusException {
        Map<String, String> writers = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return writers;
        }
        try {
            int n = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw new TrainingCorpus.BadCorpusException(file + ":" + n + ": expected trade<TAB>writer");
                }
                writers.put(cells[0].strip(), cells[1].strip());
            }
        } catch (IOException e) {
            throw new TrainingCorpus.BadCorpusException(file + ": " + e.getMessage());
        }
        return writers;
    }
}
