package app.dossier.brief.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a bundle against its manifest: re-hashes every file and names each one that was altered,
 * is missing or was added. Entries whose names would escape a folder are refused, never read.
 */
public final class BundleVerifier {
    /** What verify found; {@link #intact()} only when nothing at all is wrong. */
    public record Report(int checked, List<String> altered, List<String> missing, List<String> added,
                         List<String> refused) {
        public Report {
            altered = List.copyOf(altered);
            missing = List.copyOf(missing);
            added = List.copyOf(added);
            refused = List.copyOf(refused);
        }

        public boolean intact() {
            return altered.isEmpty() && missing.isEmpty() && added.isEmpty() && refused.isEmpty();
        }
    }

    /** Thrown when the file is not a bundle at all (not a ZIP, no manifest); the message says which. */
    public static final class NotABundle extends IOException {
        private static final long serialVersionUID = 1L;

        NotABundle(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    public Report verify(Path bundle) throws IOException {
        List<String> refused = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        String manifestText = null;
        try (ZipFile zip = new ZipFile(bundle.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!EntryNames.safe(name)) {
                    refused.add(name);
                    continue;
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (name.equals(BundleManifest.NAME)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        manifestText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                } else {
                    hashes.put(name, hash(zip, entry));
                }
            }
        } catch (ZipException e) {
            throw new NotABundle("not a ZIP file", e);
        }
        if (manifestText == null) {
            throw new NotABundle("no " + BundleManifest.NAME + " in the bundle", null);
        }
        List<BundleManifest.Row> rows = BundleManifest.read(manifestText);
        List<String> altered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Map<String, String> unlisted = new LinkedHashMap<>(hashes);
        for (BundleManifest.Row row : rows) {
            String actual = unlisted.remove(row.path());
            if (actual == null) {
                missing.add(row.path());
            } else if (!actual.equals(row.sha256())) {
                altered.add(row.path());
            }
        }
        return new Report(rows.size(), altered, missing, new ArrayList<>(unlisted.keySet()), refused);
    }

    /** Unpacks a bundle into {@code folder}; refuses the whole bundle if any entry would escape it. */
    public void extract(Path bundle, Path folder) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile(), StandardCharsets.UTF_8)) {
            List<? extends ZipEntry> entries = java.util.Collections.list(zip.entries());
            for (ZipEntry entry : entries) {
                if (EntryNames.inside(folder, entry.getName()).isEmpty()) {
                    throw new IOException("entry escapes the target folder: " + entry.getName());
                }
            }
            for (ZipEntry entry : entries) {
                Optional<Path> target = EntryNames.inside(folder, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target.orElseThrow());
                    continue;
                }
                Files.createDirectories(target.orElseThrow().getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target.orElseThrow());
                }
            }
        } catch (ZipException e) {
            throw new NotABundle("not a ZIP file", e);
        }
    }

    private static String hash(ZipFile zip, ZipEntry entry) throws IOException {
        MessageDigest digest = BundleWriter.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
