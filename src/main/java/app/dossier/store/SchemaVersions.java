package app.dossier.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tells, without starting Flyway, whether a case's schema is exactly the one this code makes.
 * Opening a case ran Flyway every time, and a cold start of Flyway (its scan of the migrations,
 * its configuration and logging) cost a short command such as {@code dossier brief} a good part
 * of a second (docs/decisions/0043). Anything else (a new case, an older schema, a failed or
 * unknown migration, a schema from a newer version) still goes through Flyway, which migrates,
 * repairs nothing silently and refuses what it must.
 */
final class SchemaVersions {
    /**
     * The versions of the migration files under {@code app/dossier/db/migration} (there is no 8);
     * {@code SchemaVersionsTest} checks this list against the files.
     */
    static final Set<String> MIGRATIONS = Set.of("1", "2", "3", "4", "5", "6", "7", "9");

    private static final String HISTORY = "SELECT \"version\", \"success\" FROM \"flyway_schema_history\"";

    private SchemaVersions() {
    }

    /** Whether every migration of this code, and no other, was applied to the case with success. */
    static boolean isCurrent(CaseStore store) {
        try (Connection connection = store.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(HISTORY)) {
            Set<String> applied = new TreeSet<>();
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    return false;
                }
                if (version != null && !applied.add(version)) {
                    return false;
                }
            }
            return applied.equals(MIGRATIONS);
        } catch (SQLException e) {
            return false; // no history yet (a new case) or one Flyway must look at itself
        }
    }
}
