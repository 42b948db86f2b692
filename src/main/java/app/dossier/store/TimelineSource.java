package app.dossier.store;

import app.dossier.model.Address;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads what the timeline is built from: every message with its people and text, and every note. */
public final class TimelineSource {
    private final CaseStore store;

    public TimelineSource(CaseStore store) {
        this.store = store;
    }

    /** A message as the timeline needs it; {@code sha256} is its best-evidenced original. */
    public record MessageRow(long id, String messageId, String inReplyTo, Address from, List<Address> to,
                             List<Address> cc, String subject, OffsetDateTime sentAt, String text, String sha256,
                             int attachments) {
    }

    /** A note as the timeline needs it. */
    public record NoteRow(long id, OffsetDateTime occurredAt, String title, String participants, String body,
                          String sha256) {
    }

    public List<MessageRow> messages() {
        return store.read(c -> {
            List<MessageRow> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT m.id, m.message_id, m.in_reply_to, m.from_name, "
                    + "m.from_email, m.to_list, m.cc_list, m.subject, COALESCE(m.sent_at, m.first_received_at), "
                    + "m.body_text, (SELECT o.sha256 FROM message_originals mo JOIN originals o ON o.id = mo.original_id "
                    + "WHERE mo.message_id = m.id ORDER BY mo.evidence_score DESC, o.id LIMIT 1), m.attachment_count "
                    + "FROM messages m ORDER BY m.id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new MessageRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                            new Address(rs.getString(4), rs.getString(5)), AddressCodec.decode(rs.getString(6)),
                            AddressCodec.decode(rs.getString(7)), rs.getString(8),
                            rs.getObject(9, OffsetDateTime.class),
                            new String(rs.getBytes(10), java.nio.charset.StandardCharsets.UTF_8), rs.getString(11),
                            rs.getInt(12)));
                }
            }
            return rows;
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
}
