package app.dossier.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** Reads originals back, byte for byte. */
public final class OriginalRepository {
    private final CaseStore store;

    public OriginalRepository(CaseStore store) {
        this.store = store;
    }

    /** The id of the original with this SHA-256, if the case holds it. */
    public Optional<Long> findBySha(String sha256) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM originals WHERE sha256 = ?")) {
                s.setString(1, sha256);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** How an original's bytes are to be read ("RFC822", "PST_ITEM", …), if the case holds it. */
    public Optional<String> format(long originalId) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT format FROM originals WHERE id = ?")) {
                s.setLong(1, originalId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The best-evidenced original of a message (most transport evidence, then the first imported). */
    public Optional<Long> bestOfMessage(long messageId) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT original_id FROM message_originals "
                    + "WHERE message_id = ? ORDER BY evidence_score DESC, original_id ASC LIMIT 1")) {
                s.setLong(1, messageId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }

    /** Messages whose Message-ID header is {@code headerValue} (angle brackets optional). */
    public java.util.List<Long> messagesWithHeaderId(String headerValue) {
        String id = headerValue.strip().replaceAll("^<|>$", "");
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM messages WHERE message_id = ? ORDER BY id")) {
                s.setString(1, id);
                java.util.List<Long> ids = new java.util.ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** Streams an original's exact bytes to {@code out}; returns its SHA-256. */
    public String copyTo(long originalId, OutputStream out) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT sha256, content FROM originals WHERE id = ?")) {
                s.setLong(1, originalId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no original " + originalId);
                    }
                    try (InputStream in = rs.getBinaryStream(2)) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return rs.getString(1);
                }
            }
        });
    }

    /** The exact bytes of an original, for parsing on demand (attachments, header analysis). */
    public byte[] bytes(long originalId) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        copyTo(originalId, out);
        return out.toByteArray();
    }
}
