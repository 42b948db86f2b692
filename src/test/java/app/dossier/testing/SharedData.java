package app.dossier.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared test data (scenario, corpus, labeled sentences) lives beside the
 * repository in ../shared. A fresh clone alone does not have it: tests then skip, saying why.
 */
public final class SharedData {
    private SharedData() {
    }

    /** Whether the shared data is there (for tests that use it only as extra input). */
    public static boolean isPresent() {
        return Files.isDirectory(location().resolve("scenario"));
    }

    public static Path root() {
        Path root = location();
        assumeTrue(Files.isDirectory(root.resolve("scenario")),
                "skipped: shared test data not found at " + root + " (it sits beside the repository in CI)");
        return root;
    }

    private static Path location() {
        return Path.of(System.getProperty("dossier.shared", "../shared")).toAbsolutePath().normalize();
    }

    public static Path scenario() {
        return root().resolve("scenario");
    }

    public static Path corpus() {
        return root().resolve("corpus");
    }
}
