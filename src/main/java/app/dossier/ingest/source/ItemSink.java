package app.dossier.ingest.source;

import app.dossier.model.ImportFailure;

/** Receives what a source reader finds: items to import and items it could not read. */
public interface ItemSink {
    void item(RawItem item) throws InterruptedException;

    void failure(ImportFailure failure) throws InterruptedException;

    /** Something left out on purpose (another program's database folder): said once, not a failure. */
    default void skipped(ImportFailure notice) throws InterruptedException {
    }

    /** True once the user cancelled; readers stop at the next item. */
    boolean cancelled();
}
