package app.dossier.keyphrases;

import app.dossier.cases.OpenCase;
import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.PhraseCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The key phrases the sample case comes with (the shouted threat of 9 March, the user's written
 * warnings, the written approval), so a newcomer sees quote cards at once. Listed in
 * {@code /app/dossier/keyphrases/sample-phrases.tsv}.
 */
public final class SamplePhrases {
    private static final String LIST = "/app/dossier/keyphrases/sample-phrases.tsv";

    private SamplePhrases() {
    }

    /** Tags the sample phrases of {@code language} in a case holding the sample; returns how many were tagged. */
    public static int tag(KeyPhraseService service, OpenCase open, String language) {
        int tagged = 0;
        for (String line : lines()) {
            String[] f = line.split("\t", -1);
            if (f.length < 5 || !f[0].equals(language)) {
                continue;
            }
            Optional<Long> message = service.findMessage(open, f[1]);
            if (message.isPresent()) {
                service.tagQuote(open, SourceKind.MESSAGE, message.get(), f[3], PhraseCategory.valueOf(f[2]), "", f[4]);
                tagged++;
            }
        }
        return tagged;
    }

    private static List<String> lines() {
        try (InputStream in = SamplePhrases.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
