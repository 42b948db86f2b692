package app.dossier.ingest.source;

import app.dossier.model.ImportFailure;

/** Receives what a source reader finds: items to import and items it could not read. */
public interface ItemSink {
    void item(RawItem item) throws InterruptedException;

    void failure(ImportFailure failure) throws InterruptedException;

    /** True once the user cancelled; readers stop at the next item. */
    boolean cancelled();
}
