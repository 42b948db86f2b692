package app.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The folder that is a case on disk. Everything of the case lives inside it (the H2 file
 * holds originals too), so copying the folder copies the whole case.
 */
public record CaseDirectory(Path path) {
    static final String DATABASE_NAME = "case";
    static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";
    /** H2 writes this header at the start of a file encrypted with CIPHER=AES. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);

    public CaseDirectory {
        path = path.toAbsolutePath().normalize();
    }

    public Path databaseFile() {
        return path.resolve(DATABASE_FILE);
    }

    /** The H2 URL prefix without the file options: {@code jdbc:h2:file:/.../case}. */
    String jdbcBase() {
        return "jdbc:h2:file:" + path.resolve(DATABASE_NAME).toString().replace('\\', '/');
    }

    public boolean exists() {
        return Files.exists(path);
    }

    public boolean holdsDatabase() {
        return Files.isRegularFile(databaseFile());
    }

    /** True when the database file is AES-encrypted; read from its header, so no password is needed to ask. */
    public boolean isEncrypted() throws IOException {
        try (InputStream in = Files.newInputStream(databaseFile())) {
            byte[] head = in.readNBytes(ENCRYPTED_HEADER.length);
            return Arrays.equals(head, ENCRYPTED_HEADER);
        }
    }

    /** A location is free for a new case when nothing is there or it is an empty folder. */
    public boolean isFreeForNewCase() throws IOException {
        if (!Files.exists(path)) {
            return true;
        }
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (var entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }
}
