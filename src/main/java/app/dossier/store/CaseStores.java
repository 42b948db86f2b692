package app.dossier.store;

import app.dossier.model.CaseException;
import app.dossier.model.CaseInfo;
import app.dossier.model.CaseProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/** Creates and opens case stores, turning H2 and Flyway failures into {@link CaseProblem}s. */
public final class CaseStores {
    private static final String USER = "dossier";
    private static final int MAX_CONNECTIONS = 8;

    private final Clock clock;

    public CaseStores(Clock clock) {
        this.clock = clock;
    }

    /** Creates a new, empty case in {@code location}, which must not exist or be an empty folder. */
    public CaseStore create(Path location, String title, CasePassword password) {
        CaseDirectory directory = new CaseDirectory(location);
        boolean createdFolder = !directory.exists();
        try {
            if (!directory.isFreeForNewCase()) {
                throw new CaseException(CaseProblem.ALREADY_EXISTS, directory.path(), null);
            }
            Files.createDirectories(directory.path());
        } catch (IOException e) {
            throw new CaseException(CaseProblem.STORAGE, directory.path(), e.getMessage(), e);
        }
        try {
            CaseStore store = connect(directory, password, false);
            try {
                migrate(store);
                new CaseInfoRepository(store).insert(
                        new CaseInfo(UUID.randomUUID(), title, OffsetDateTime.now(clock)));
                return store;
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        } catch (RuntimeException e) {
            removeHalfCreated(directory, createdFolder);
            throw e;
        }
    }

    /** Opens an existing case; an unencrypted case ignores {@code password}. */
    public CaseStore open(Path location, CasePassword password) {
        CaseDirectory directory = new CaseDirectory(location);
        if (!directory.exists()) {
            throw new CaseException(CaseProblem.NOT_FOUND, directory.path(), null);
        }
        if (!directory.holdsDatabase()) {
            throw new CaseException(CaseProblem.NOT_A_CASE, directory.path(), "no " + CaseDirectory.DATABASE_FILE);
        }
        boolean encrypted;
        try {
            encrypted = directory.isEncrypted();
        } catch (IOException e) {
            throw new CaseException(CaseProblem.STORAGE, directory.path(), e.getMessage(), e);
        }
        if (encrypted && !password.isPresent()) {
            throw new CaseException(CaseProblem.PASSWORD_REQUIRED, directory.path(), null);
        }
        CaseStore store = connect(directory, encrypted ? password : CasePassword.none(), true);
        try {
            migrate(store);
            CaseInfoRepository infos = new CaseInfoRepository(store);
            if (infos.find().isEmpty()) {
                // A database without a case row (an empty file from an older tool or a crash
                // during creation) is adopted rather than refused: nothing in it is lost.
                infos.insert(new CaseInfo(UUID.randomUUID(), directory.path().getFileName().toString(),
                        OffsetDateTime.now(clock)));
            }
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Whether the case at {@code location} needs a password to open. */
    public boolean needsPassword(Path location) {
        CaseDirectory directory = new CaseDirectory(location);
        if (!directory.holdsDatabase()) {
            return false;
        }
        try {
            return directory.isEncrypted();
        } catch (IOException e) {
            throw new CaseException(CaseProblem.STORAGE, directory.path(), e.getMessage(), e);
        }
    }

    private CaseStore connect(CaseDirectory directory, CasePassword password, boolean mustExist) {
        // WRITE_DELAY=0: the store is written by the committing thread, never by H2's background
        // writer in the middle of another transaction, so a killed process leaves a consistent
        // case (an unsynchronised snapshot across tables is a known MVStore crash hazard).
        StringBuilder url = new StringBuilder(directory.jdbcBase()).append(";WRITE_DELAY=0");
        if (mustExist) {
            url.append(";IFEXISTS=TRUE");
        }
        char[] h2Password;
        if (password.isPresent()) {
            url.append(";CIPHER=AES");
            char[] file = password.h2FilePassword();
            // File password, a space, then the (empty) user password.
            h2Password = new char[file.length + 1];
            System.arraycopy(file, 0, h2Password, 0, file.length);
            h2Password[file.length] = ' ';
        } else {
            h2Password = new char[0];
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url.toString(), USER, new String(h2Password));
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            // Open one connection now so that a wrong password or a locked file fails here.
            pool.getConnection().close();
        } catch (SQLException e) {
            pool.dispose();
            throw translate(directory, e, password.isPresent());
        }
        return new CaseStore(directory, password.isPresent(), pool);
    }

    private static CaseException translate(CaseDirectory directory, SQLException e, boolean encrypted) {
        Path where = directory.path();
        return switch (e.getErrorCode()) {
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
                    new CaseException(CaseProblem.WRONG_PASSWORD, where, null, e);
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new CaseException(CaseProblem.IN_USE, where, null, e);
            case ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1, ErrorCode.DATABASE_NOT_FOUND_1 ->
                    new CaseException(CaseProblem.NOT_FOUND, where, null, e);
            case ErrorCode.FILE_VERSION_ERROR_1 -> new CaseException(CaseProblem.NOT_A_CASE, where, e.getMessage(), e);
            case ErrorCode.FILE_CORRUPTED_1 -> new CaseException(
                    encrypted ? CaseProblem.WRONG_PASSWORD : CaseProblem.NOT_A_CASE, where, e.getMessage(), e);
            default -> new CaseException(CaseProblem.STORAGE, where, e.getMessage(), e);
        };
    }

    private static void migrate(CaseStore store) {
        if (SchemaVersions.isCurrent(store)) {
            return; // nothing to migrate: Flyway's start (some 800 classes) is left out of every open
        }
        Flyway flyway = Flyway.configure()
                .loggers("slf4j")
                .dataSource(store.dataSource())
                .locations("classpath:app/dossier/db/migration")
                .load();
        try {
            boolean fromTheFuture = Stream.of(flyway.info().applied())
                    .anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                            || m.getState() == MigrationState.FUTURE_FAILED);
            if (fromTheFuture) {
                throw new CaseException(CaseProblem.NEWER_VERSION, store.directory().path(), null);
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new CaseException(CaseProblem.STORAGE, store.directory().path(), e.getMessage(), e);
        }
    }

    private static void removeHalfCreated(CaseDirectory directory, boolean createdFolder) {
        Path root = directory.path();
        try (Stream<Path> files = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
            files.sorted(Comparator.reverseOrder())
                    .filter(p -> createdFolder || !p.equals(root))
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Best effort: the original failure is what the user needs to see.
        }
    }
}
