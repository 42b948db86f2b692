package app.dossier.brief;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Every original a briefing rests on, with its hash. {@link #sha256()} is one hash over the
 * manifest's lines, printed on the cover: two printouts with the same value rest on the same bytes.
 */
public record Manifest(List<Entry> entries) {
    public Manifest {
        entries = List.copyOf(entries);
    }

    /** One original of one exhibit. */
    public record Entry(int exhibit, String sha256, long size, String messageId, String source) {
        /** The line that goes into the manifest hash: stable, language-free. */
        String line() {
            return exhibit + "\t" + sha256 + "\t" + size + "\t" + messageId + "\n";
        }
    }

    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Entry e : entries) {
                digest.update(e.line().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
