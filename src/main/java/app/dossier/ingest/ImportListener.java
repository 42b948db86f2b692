package app.dossier.ingest;

import app.dossier.model.ImportFailure;
import app.dossier.model.ImportProgress;

/** Hears how an import goes; called from the importing thread. */
public interface ImportListener {
    void progress(ImportProgress progress);

    default void failed(ImportFailure failure) {
    }

    ImportListener NONE = progress -> { };
}
