package app.dossier.store;

import app.dossier.model.Address;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what the timeline is built from: every message's people, dates and threading headers
 * (without the text, which a large case cannot hold in memory), the text of chosen messages, and every note.
 */
public final class TimelineSource {
    private final CaseStore store;

    public TimelineSource(CaseStore store) {
        this.store = store;
    }

    /** A message as the timeline needs it; {@code sha256} is its best-evidenced original. */
    public record MessageRow(long id, String messageId, String inReplyTo, List<String> references, Address from,
                             List<Address> to, List<Address> cc, String subject, OffsetDateTime sentAt, String sha256,
                             boolean bulk) {
        public MessageRow {
            references = List.copyOf(references);
        }
    }

    /** A note as the timeline needs it. */
    public record NoteRow(long id, OffsetDateTime occurredAt, String title, String participants, String body,
                          String sha256) {
    }

    public List<MessageRow> messages() {
        return store.read(c -> {
            Map<Long, String> best = bestOriginals(c);
            List<MessageRow> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, message_id, in_reply_to, references_list, "
                    + "from_name, from_email, to_list, cc_list, subject, COALESCE(sent_at, first_received_at), flags "
                    + "FROM messages ORDER BY id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    rows.add(new MessageRow(id, rs.getString(2), rs.getString(3), references(rs.getString(4)),
                            new Address(rs.getString(5), rs.getString(6)), AddressCodec.decode(rs.getString(7)),
                            AddressCodec.decode(rs.getString(8)), rs.getString(9),
                            rs.getObject(10, OffsetDateTime.class), best.getOrDefault(id, ""),
                            MessageRepository.flags(rs.getString(11)).contains(app.dossier.model.MessageFlag.BULK)));
                }
            }
            return rows;
        });
    }

    /** The text of the given messages, by id. */
    public Map<Long, String> texts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return store.read(c -> {
            Map<Long, String> texts = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, body_text FROM messages "
                    + "WHERE id = ANY(?)")) {
                s.setArray(1, c.createArrayOf("BIGINT", ids.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        texts.put(rs.getLong(1), new String(rs.getBytes(2), StandardCharsets.UTF_8));
                    }
                }
            }
            return texts;
        });
    }

    public List<NoteRow> notes() {
        return store.read(c -> {
            List<NoteRow> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT n.id, n.occurred_at, n.title, n.participants, n.body, "
                    + "o.sha256 FROM notes n JOIN originals o ON o.id = n.original_id ORDER BY n.id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new NoteRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return rows;
        });
    }

    /** The SHA-256 of each message's best-evidenced original, in one pass rather than a lookup per message. */
    private static Map<Long, String> bestOriginals(java.sql.Connection c) throws java.sql.SQLException {
        Map<Long, String> best = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT mo.message_id, o.sha256 FROM message_originals mo "
                + "JOIN originals o ON o.id = mo.original_id ORDER BY mo.message_id, mo.evidence_score DESC, o.id");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                best.putIfAbsent(rs.getLong(1), rs.getString(2));
            }
        }
        return best;
    }

    private static List<String> references(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}
