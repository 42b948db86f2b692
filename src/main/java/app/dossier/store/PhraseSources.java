package app.dossier.store;

import app.dossier.model.Address;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The messages and notes key phrases are marked in: their text and what a quote card cites of them. */
public final class PhraseSources {
    private final CaseStore store;

    public PhraseSources(CaseStore store) {
        this.store = store;
    }

    /** A message as a quote card cites it; {@code sha256} is its best-evidenced original. */
    public record MessageSource(long id, Address from, List<Address> to, List<Address> cc, String subject,
                                OffsetDateTime sentAt, String messageId, String sha256, String text) {
    }

    /** A note as a quote card cites it; {@code text} is title, participants and body, as the viewers show it. */
    public record NoteSource(long id, OffsetDateTime occurredAt, String title, String participants, String sha256,
                             String text) {
    }

    public Optional<MessageSource> message(long id) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT m.from_name, m.from_email, m.to_list, m.cc_list, "
                    + "m.subject, COALESCE(m.sent_at, m.first_received_at), m.message_id, m.body_text, "
                    + "(SELECT o.sha256 FROM message_originals mo JOIN originals o ON o.id = mo.original_id "
                    + "WHERE mo.message_id = m.id ORDER BY mo.evidence_score DESC, o.id LIMIT 1) "
                    + "FROM messages m WHERE m.id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new MessageSource(id, new Address(rs.getString(1), rs.getString(2)),
                            AddressCodec.decode(rs.getString(3)), AddressCodec.decode(rs.getString(4)),
                            rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getString(7),
                            rs.getString(9) == null ? "" : rs.getString(9),
                            new String(rs.getBytes(8), StandardCharsets.UTF_8)));
                }
            }
        });
    }

    public Optional<NoteSource> note(long id) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT n.occurred_at, n.title, n.participants, n.body, "
                    + "o.sha256 FROM notes n JOIN originals o ON o.id = n.original_id WHERE n.id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new NoteSource(id, rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                            rs.getString(3), rs.getString(5),
                            rs.getString(2) + "\n" + rs.getString(3) + "\n\n" + rs.getString(4)));
                }
            }
        });
    }

    /** A message named by its number, its Message-ID (with or without angle brackets) or an original's SHA-256. */
    public Optional<Long> findMessage(String reference) {
        String value = reference == null ? "" : reference.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return store.read(c -> {
            if (value.matches("(?i)[0-9a-f]{64}")) {
                try (PreparedStatement s = c.prepareStatement("SELECT mo.message_id FROM message_originals mo "
                        + "JOIN originals o ON o.id = mo.original_id WHERE o.sha256 = ? ORDER BY mo.message_id LIMIT 1")) {
                    s.setString(1, value.toLowerCase(Locale.ROOT));
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            return Optional.of(rs.getLong(1));
                        }
                    }
                }
            }
            if (value.matches("\\d{1,18}")) {
                try (PreparedStatement s = c.prepareStatement("SELECT id FROM messages WHERE id = ?")) {
                    s.setLong(1, Long.parseLong(value));
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) {
                            return Optional.of(rs.getLong(1));
                        }
                    }
                }
            }
            String bare = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1) : value;
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM messages WHERE message_id IN (?, ?) "
                    + "ORDER BY id LIMIT 1")) {
                s.setString(1, bare);
                s.setString(2, "<" + bare + ">");
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                }
            }
        });
    }
}
