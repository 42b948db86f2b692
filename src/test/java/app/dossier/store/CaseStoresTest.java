package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.model.CaseException;
import app.dossier.model.CaseProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStoresTest {
    private final CaseStores stores = new CaseStores(Clock.fixed(Instant.parse("2026-09-18T08:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path temp;

    @Test
    void createsAndReopensACase() {
        Path location = temp.resolve("kessler.dossier");
        try (CaseStore store = stores.create(location, "Kessler portal", CasePassword.none())) {
            assertThat(store.encrypted()).isFalse();
            assertThat(new CaseInfoRepository(store).find()).get()
                    .satisfies(info -> assertThat(info.title()).isEqualTo("Kessler portal"));
        }
        assertThat(location.resolve("case.mv.db")).isRegularFile();
        try (CaseStore store = stores.open(location, CasePassword.none())) {
            assertThat(new CaseInfoRepository(store).find()).get()
                    .satisfies(info -> assertThat(info.createdAt().toInstant())
                            .isEqualTo(Instant.parse("2026-09-18T08:00:00Z")));
            assertThat(new CaseCountsRepository(store).count().originals()).isZero();
        }
    }

    @Test
    void encryptedCaseOpensOnlyWithItsPassword() throws Exception {
        Path location = temp.resolve("secret");
        char[] password = "correct horse battery".toCharArray();
        try (CaseStore store = stores.create(location, "Secret", CasePassword.of(password))) {
            assertThat(store.encrypted()).isTrue();
        }
        assertThat(Files.readString(location.resolve("case.mv.db"), java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("H2encrypt")
                .doesNotContain("case_info")
                .doesNotContain("Secret");
        byte[] before = Files.readAllBytes(location.resolve("case.mv.db"));

        assertThat(stores.needsPassword(location)).isTrue();
        assertProblem(() -> stores.open(location, CasePassword.none()), CaseProblem.PASSWORD_REQUIRED);
        assertProblem(() -> stores.open(location, CasePassword.of("wrong horse".toCharArray())),
                CaseProblem.WRONG_PASSWORD);
        assertThat(Files.readAllBytes(location.resolve("case.mv.db")))
                .as("a wrong password changes nothing").isEqualTo(before);

        try (CaseStore store = stores.open(location, CasePassword.of(password))) {
            assertThat(new CaseInfoRepository(store).find()).get()
                    .satisfies(info -> assertThat(info.title()).isEqualTo("Secret"));
        }
    }

    @Test
    void unencryptedCaseOpensWithoutAskingEvenIfAPasswordIsGiven() {
        Path location = temp.resolve("plain");
        stores.create(location, "Plain", CasePassword.none()).close();
        assertThat(stores.needsPassword(location)).isFalse();
        try (CaseStore store = stores.open(location, CasePassword.of("whatever".toCharArray()))) {
            assertThat(store.encrypted()).isFalse();
        }
    }

    @Test
    void migratesAnEmptyDatabaseFile() throws Exception {
        Path location = temp.resolve("empty");
        Files.createDirectories(location);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + location.resolve("case"), "dossier", "")) {
            c.createStatement().execute("SELECT 1");
        }
        assertThat(location.resolve("case.mv.db")).isRegularFile();

        try (CaseStore store = stores.open(location, CasePassword.none())) {
            assertThat(new CaseInfoRepository(store).find()).get()
                    .satisfies(info -> assertThat(info.title()).isEqualTo("empty"));
            int migrations = store.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(migrations).isPositive();
            assertThat(new CaseCountsRepository(store).count().messages()).isZero();
        }
    }

    @Test
    void reportsWhatIsWrongWithALocation() throws Exception {
        assertProblem(() -> stores.open(temp.resolve("missing"), CasePassword.none()), CaseProblem.NOT_FOUND);

        Path folder = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(folder.resolve("holiday.jpg"), "not a case");
        assertProblem(() -> stores.open(folder, CasePassword.none()), CaseProblem.NOT_A_CASE);
        assertProblem(() -> stores.create(folder, "x", CasePassword.none()), CaseProblem.ALREADY_EXISTS);
        assertThat(folder.resolve("holiday.jpg")).as("an existing folder is left alone").hasContent("not a case");

        Path garbage = Files.createDirectories(temp.resolve("garbage"));
        Files.write(garbage.resolve("case.mv.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        assertThatThrownBy(() -> stores.open(garbage, CasePassword.none()))
                .isInstanceOfSatisfying(CaseException.class,
                        e -> assertThat(e.problem()).isIn(CaseProblem.NOT_A_CASE, CaseProblem.STORAGE));
    }

    @Test
    void aCaseOpenInAnotherProcessIsReportedAsInUse() throws Exception {
        Path location = temp.resolve("busy");
        stores.create(location, "Busy", CasePassword.none()).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.util.logging.config.file=" + System.getProperty("java.util.logging.config.file", ""),
                "-cp", System.getProperty("java.class.path"), HoldCase.class.getName(), location.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String ready = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()))
                    .readLine();
            assertThat(ready).isEqualTo("holding");
            assertProblem(() -> stores.open(location, CasePassword.none()), CaseProblem.IN_USE);
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
        stores.open(location, CasePassword.none()).close();
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        Path location = temp.resolve("tx");
        try (CaseStore store = stores.create(location, "Tx", CasePassword.none())) {
            assertThatThrownBy(() -> store.inTransaction(c -> {
                c.createStatement().executeUpdate("INSERT INTO import_failures (occurred_at, kind, location, reason) "
                        + "VALUES (CURRENT_TIMESTAMP, 'EML_FILE', 'x.eml', 'test')");
                throw new IllegalStateException("half-way failure");
            })).hasMessage("half-way failure");
            int failures = store.read(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM import_failures")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(failures).isZero();
        }
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, CaseProblem expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CaseException.class,
                e -> assertThat(e.problem()).isEqualTo(expected));
    }
}
