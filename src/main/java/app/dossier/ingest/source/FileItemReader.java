package app.dossier.ingest.source;

import app.dossier.model.ItemFormat;

import app.dossier.model.ImportFailure;
import app.dossier.model.SourceKind;
import app.dossier.model.SourceRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One file that is one item: an .eml, an Outlook .msg, a note, or a Maildir message. */
final class FileItemReader {
    /** Files larger than this are reported instead of read into memory. */
    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    private FileItemReader() {
    }

    static void read(Path file, SourceKind kind, ItemFormat format, String detail, ItemSink sink)
            throws InterruptedException {
        SourceRef source = new SourceRef(kind, file.toString(), -1, -1, detail);
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                sink.failure(new ImportFailure(source, app.dossier.model.FailureCode.FILE_TOO_LARGE, MAX_FILE_BYTES >> 20));
                return;
            }
            sink.item(new RawItem(Files.readAllBytes(file), source, format));
        } catch (IOException e) {
            sink.failure(new ImportFailure(source, app.dossier.model.FailureCode.FILE_UNREADABLE, Reasons.of(e)));
        }
    }
}
