package app.dossier.cases;

import app.dossier.model.CaseCounts;
import app.dossier.model.CaseInfo;
import app.dossier.model.CaseSummary;
import app.dossier.store.CaseCountsRepository;
import app.dossier.store.CaseInfoRepository;
import app.dossier.store.CaseStore;
import java.nio.file.Path;

/**
 * A case that is open in this process. Services take it as an argument; the front ends hold it
 * but never reach through it to the store.
 */
public final class OpenCase implements AutoCloseable {
    private final CaseStore store;

    OpenCase(CaseStore store) {
        this.store = store;
    }

    public Path location() {
        return store.directory().path();
    }

    public boolean encrypted() {
        return store.encrypted();
    }

    public CaseInfo info() {
        return new CaseInfoRepository(store).find().orElseThrow();
    }

    public CaseCounts counts() {
        return new CaseCountsRepository(store).count();
    }

    public CaseSummary summary() {
        return new CaseSummary(location(), info(), encrypted(), counts());
    }

    /** For the services of the other packages, which work on the store directly. */
    public CaseStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
