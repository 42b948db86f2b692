package app.dossier.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real Outlook data files and a winmail.dat from Apache Tika's test documents (Apache-2.0),
 * unpacked from Tika's test jar by the build (pom.xml, generate-test-resources).
 */
public final class TikaDocuments {
    private TikaDocuments() {
    }

    /** A copy of the document in {@code folder}, so tests never touch the unpacked file itself. */
    public static Path copy(String name, Path folder) throws Exception {
        Path source = Path.of(System.getProperty("dossier.tikaDocuments", "target/tika/test-documents")).resolve(name);
        assertThat(source).as("Tika's test document, unpacked by the build").isRegularFile();
        Path target = folder.resolve(name);
        Files.copy(source, target);
        return target;
    }
}
