package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.model.CaseException;
import app.dossier.model.CaseProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick check that lets an up-to-date case open without Flyway, and what still goes through it. */
class SchemaVersionsTest {
    private static final Pattern FILE = Pattern.compile("V(\\d+)__.+\\.sql");
    private final CaseStores stores = new CaseStores(Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path temp;

    @Test
    void theListNamesEveryMigrationFileAndNoOther() throws Exception {
        Path folder = Path.of(SchemaVersions.class.getResource("/app/dossier/db/migration").toURI());
        Set<String> versions;
        try (Stream<Path> files = Files.list(folder)) {
            versions = files.map(f -> FILE.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> m.group(1)).collect(Collectors.toSet());
        }
        assertThat(versions).isNotEmpty();
        assertThat(SchemaVersions.MIGRATIONS).isEqualTo(versions);
    }

    @Test
    void aNewCaseIsCurrentAndReopens() {
        Path location = temp.resolve("current.dossier");
        try (CaseStore store = stores.create(location, "Current", CasePassword.none())) {
            assertThat(SchemaVersions.isCurrent(store)).isTrue();
        }
        try (CaseStore store = stores.open(location, CasePassword.none())) {
            assertThat(new CaseInfoRepository(store).find()).get()
                    .satisfies(info -> assertThat(info.title()).isEqualTo("Current"));
        }
    }

    @Test
    void aCaseOneMigrationBehindIsMigratedOnOpen() {
        Path location = temp.resolve("older.dossier");
        try (CaseStore store = stores.create(location, "Older", CasePassword.none())) {
            // The case as the version before V9 left it: the four indexes V9 drops, and no row for V9.
            execute(store, "CREATE INDEX original_sources_original ON original_sources(original_id)",
                    "CREATE INDEX message_originals_original ON message_originals(original_id)",
                    "CREATE INDEX highlights_message ON highlights(message_id)",
                    "CREATE INDEX highlights_note ON highlights(note_id)",
                    "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '9'");
            assertThat(SchemaVersions.isCurrent(store)).isFalse();
        }
        try (CaseStore store = stores.open(location, CasePassword.none())) {
            assertThat(SchemaVersions.isCurrent(store)).isTrue();
            assertThat(indexCount(store, "ORIGINAL_SOURCES_ORIGINAL")).as("V9 ran again").isZero();
        }
    }

    @Test
    void aCaseFromANewerVersionIsStillRefused() {
        Path location = temp.resolve("newer.dossier");
        try (CaseStore store = stores.create(location, "Newer", CasePassword.none())) {
            execute(store, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'dossier', 1, TRUE)");
            assertThat(SchemaVersions.isCurrent(store)).isFalse();
        }
        assertThatThrownBy(() -> stores.open(location, CasePassword.none()))
                .isInstanceOfSatisfying(CaseException.class, e -> assertThat(e.problem()).isEqualTo(CaseProblem.NEWER_VERSION));
    }

    @Test
    void aFailedMigrationIsNotCurrent() {
        try (CaseStore store = stores.create(temp.resolve("failed.dossier"), "Failed", CasePassword.none())) {
            execute(store, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '9'");
            assertThat(SchemaVersions.isCurrent(store)).isFalse();
        }
    }

    private static void execute(CaseStore store, String... statements) {
        store.inTransaction(c -> {
            for (String sql : List.of(statements)) {
                c.createStatement().execute(sql);
            }
            return null;
        });
    }

    private static int indexCount(CaseStore store, String name) {
        return store.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = '" + name + "'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
