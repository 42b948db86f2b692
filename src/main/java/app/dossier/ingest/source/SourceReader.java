package app.dossier.ingest.source;

import java.io.IOException;

/** Reads one source (a file, a folder, an account) and hands every item to the sink. */
public interface SourceReader {
    /** A short description of the source for progress and errors. */
    String describe();

    /** Bytes this source will read in total, or -1 when unknown (IMAP). */
    long size();

    void read(ItemSink sink) throws IOException, InterruptedException;
}
