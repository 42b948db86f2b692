package app.dossier.store;

import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Verifies a case: every original still hashes to its SHA-256 and has the recorded size,
 * every message has an original, every note's original exists. Returns the problems found.
 */
public final class IntegrityCheck {
    private final CaseStore store;

    public IntegrityCheck(CaseStore store) {
        this.store = store;
    }

    public List<String> run() {
        return store.read(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT id, sha256, byte_count, content FROM originals")) {
                    while (rs.next()) {
                        MessageDigest digest = MessageDigest.getInstance("SHA-256");
                        long size = 0;
                        try (InputStream in = new DigestInputStream(rs.getBinaryStream(4), digest)) {
                            byte[] buffer = new byte[65536];
                            int n;
                            while ((n = in.read(buffer)) > 0) {
                                size += n;
                            }
                        }
                        String actual = HexFormat.of().formatHex(digest.digest());
                        if (!actual.equals(rs.getString(2)) || size != rs.getLong(3)) {
                            problems.add("original " + rs.getLong(1) + " does not match its SHA-256 or size");
                        }
                    }
                } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
                    problems.add("originals cannot be read: " + e.getMessage());
                }
                count(s, "SELECT COUNT(*) FROM messages m WHERE NOT EXISTS "
                        + "(SELECT 1 FROM message_originals mo WHERE mo.message_id = m.id)", "messages without an original",
                        problems);
                count(s, "SELECT COUNT(*) FROM message_originals mo WHERE NOT EXISTS "
                        + "(SELECT 1 FROM originals o WHERE o.id = mo.original_id)", "links to missing originals", problems);
                count(s, "SELECT COUNT(*) FROM originals o WHERE NOT EXISTS "
                        + "(SELECT 1 FROM original_sources s WHERE s.original_id = o.id)", "originals without a source",
                        problems);
            }
            return problems;
        });
    }

    private static void count(Statement s, String sql, String what, List<String> problems) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            if (rs.getLong(1) > 0) {
                problems.add(rs.getLong(1) + " " + what);
            }
        }
    }
}
