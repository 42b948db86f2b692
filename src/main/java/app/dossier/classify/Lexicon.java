package app.dossier.classify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The cues of one language, read from {@code app/dossier/classify/cues_LANG.tsv} (readable and extendable). */
final class Lexicon {
    private final List<Cue> cues;

    private Lexicon(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    List<Cue> cues() {
        return cues;
    }

    static Lexicon load(String language) {
        String resource = "/app/dossier/classify/cues_" + language + ".tsv";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<Cue> cues = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length < 4) {
                    throw new IllegalStateException(resource + ":" + number + ": expected 4 tab-separated fields");
                }
                cues.add(new Cue(parts[0].strip(), Double.parseDouble(parts[1]),
                        Pattern.compile(parts[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS), parts[3].strip()));
            }
            return new Lexicon(cues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
