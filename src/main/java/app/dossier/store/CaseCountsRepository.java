package app.dossier.store;

import app.dossier.model.CaseCounts;
import java.sql.ResultSet;
import java.sql.Statement;

/** Counts what a case holds, in one consistent read. */
public final class CaseCountsRepository {
    private final CaseStore store;

    public CaseCountsRepository(CaseStore store) {
        this.store = store;
    }

    public CaseCounts count() {
        return store.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT "
                         + "(SELECT COUNT(*) FROM originals), (SELECT COUNT(*) FROM messages), "
                         + "(SELECT COUNT(*) FROM notes), (SELECT COUNT(*) FROM highlights), "
                         + "(SELECT COUNT(*) FROM import_failures)")) {
                row.next();
                return new CaseCounts(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5));
            }
        });
    }
}
