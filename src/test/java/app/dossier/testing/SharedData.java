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

    public static Path root() {
        Path root = Path.of(System.getProperty("dossier.shared", "../shared")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root.resolve("scenario")),
                "skipped: shared test data not found at " + root + " (it sits beside the repository in CI)");
        return root;
    }

    public static Path scenario() {
        return root().resolve("scenario");
    }

    public static Path corpus() {
        return root().resolve("corpus");
    }
}
