package app.dossier.testing;

import app.dossier.ingest.ImportListener;
import app.dossier.ingest.ImportService;
import app.dossier.ingest.source.PathReader;
import app.dossier.ingest.source.SourceReader;
import app.dossier.model.ImportSummary;
import app.dossier.store.CasePassword;
import app.dossier.store.CaseStore;
import app.dossier.store.CaseStores;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Real cases in temporary folders, and imports into them, for tests. */
public final class TestCases {
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private TestCases() {
    }

    public static CaseStore create(Path location) {
        return new CaseStores(Clock.systemUTC()).create(location, "Test", CasePassword.none());
    }

    public static CaseStore open(Path location) {
        return new CaseStores(Clock.systemUTC()).open(location, CasePassword.none());
    }

    public static ImportService importer() {
        return new ImportService(Clock.systemUTC(), BERLIN);
    }

    public static ImportSummary importPaths(CaseStore store, Path... paths) {
        List<SourceReader> readers = new ArrayList<>();
        Arrays.stream(paths).forEach(p -> readers.add(new PathReader(p)));
        return importer().importSources(store, readers, ImportListener.NONE, new AtomicBoolean());
    }

    /**
     * A new case in {@code folder} holding {@code messages} messages of {@link SyntheticMailbox} (written
     * beside it as an mbox): the start of many tests that need a case with mail and nothing special in it.
     */
    public static CaseStore withSyntheticMail(Path folder, int messages, long seed) throws java.io.IOException {
        Path mbox = folder.resolve("synthetic-" + messages + ".mbox");
        SyntheticMailbox.write(mbox, messages, seed);
        CaseStore store = create(folder.resolve("case.dossier"));
        try {
            importPaths(store, mbox);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    public static long count(CaseStore store, String sql) {
        return store.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    public static List<String> strings(CaseStore store, String sql) {
        return store.read(c -> {
            List<String> values = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        });
    }
}
