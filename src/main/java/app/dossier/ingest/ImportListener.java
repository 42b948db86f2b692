package app.dossier.ingest;

import app.dossier.model.ImportFailure;
import app.dossier.model.ImportProgress;

/** Hears how an import goes; called from the importing thread. */
public interface ImportListener {
    void progress(ImportProgress progress);

    default void failed(ImportFailure failure) {
    }

    /** A part of a source left out on purpose, such as a mail program's hidden database folder. */
    default void skipped(ImportFailure notice) {
    }

    ImportListener NONE = progress -> { };
}
