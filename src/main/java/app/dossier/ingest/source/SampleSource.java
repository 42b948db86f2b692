package app.dossier.ingest.source;

import app.dossier.model.ItemFormat;

import app.dossier.model.ImportFailure;
import app.dossier.model.SourceKind;
import app.dossier.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The built-in sample case: the Kessler portal story as 26 real mails and four notes, in German
 * or English, read from the application's own resources.
 */
public final class SampleSource implements SourceReader {
    private static final String ROOT = "/app/dossier/sample/";

    private final String language;
    private final List<String> entries;

    public SampleSource(String language) throws IOException {
        this.language = language.equals("de") ? "de" : "en";
        try (InputStream in = SampleSource.class.getResourceAsStream(ROOT + "index.txt")) {
            if (in == null) {
                throw new IOException("the sample case is missing from this build");
            }
            this.entries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.startsWith(this.language + "/")).toList();
        }
    }

    @Override
    public String describe() {
        return "sample:" + language;
    }

    @Override
    public long size() {
        return -1;
    }

    @Override
    public void read(ItemSink sink) throws IOException, InterruptedException {
        for (String entry : entries) {
            if (sink.cancelled()) {
                return;
            }
            SourceRef ref;
            try (InputStream in = SampleSource.class.getResourceAsStream(ROOT + entry)) {
                if (in == null) {
                    sink.failure(new ImportFailure(SourceRef.file(SourceKind.EML_FILE, "sample:" + entry), app.dossier.model.FailureCode.SAMPLE_MISSING));
                    continue;
                }
                byte[] bytes = in.readAllBytes();
                boolean note = entry.contains("/notes/");
                ref = SourceRef.file(note ? SourceKind.NOTE_FILE : SourceKind.EML_FILE, "sample:" + entry);
                sink.item(new RawItem(bytes, ref, note ? ItemFormat.NOTE : ItemFormat.RFC822));
            }
        }
    }
}
