package app.dossier.store;

import app.dossier.model.Address;
import app.dossier.model.MessageFlag;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Messages one by one for a listing, oldest first, each with its best-evidenced original's bytes
 * (the authenticity verdicts are read from them), without holding the whole case in memory.
 */
public final class MessageListingRepository {
    /** Enough of the body for its first words, whatever the script. */
    private static final int BODY_START_BYTES = 1200;

    private final CaseStore store;

    public MessageListingRepository(CaseStore store) {
        this.store = store;
    }

    /** A stored message with the id and format of its best-evidenced original. */
    public record Row(long id, OffsetDateTime sentAt, Address from, List<Address> to, List<Address> cc, String subject,
                      String messageId, String bodyStart, Set<MessageFlag> flags, String bestFormat,
                      byte[] bestOriginal) {
    }

    /** Calls {@code each} for every message, or only for {@code ids} when not null. */
    public void forEach(java.util.Collection<Long> ids, Consumer<Row> each) {
        store.read(c -> {
            String sql = "SELECT m.id, m.sent_at, m.from_name, m.from_email, m.to_list, m.cc_list, m.subject, "
                    + "m.message_id, m.body_text, m.flags, "
                    + "(SELECT mo.original_id FROM message_originals mo WHERE mo.message_id = m.id "
                    + "ORDER BY mo.evidence_score DESC, mo.original_id LIMIT 1) AS best "
                    + "FROM messages m " + (ids == null ? "" : "WHERE m.id = ? ") + "ORDER BY m.sent_at NULLS LAST, m.id";
            try (PreparedStatement s = c.prepareStatement(sql);
                 PreparedStatement original = c.prepareStatement("SELECT format, content FROM originals WHERE id = ?")) {
                for (Long only : ids == null ? java.util.Collections.<Long>singletonList(null) : ids) {
                    if (only != null) {
                        s.setLong(1, only);
                    }
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            byte[] body = rs.getBytes(9);
                            String start = new String(body, 0, Math.min(body.length, BODY_START_BYTES),
                                    StandardCharsets.UTF_8);
                            long best = rs.getLong(11);
                            String bestFormat = "";
                            byte[] bestBytes = new byte[0];
                            if (!rs.wasNull()) {
                                original.setLong(1, best);
                                try (ResultSet f = original.executeQuery()) {
                                    if (f.next()) {
                                        bestFormat = f.getString(1);
                                        bestBytes = f.getBytes(2);
                                    }
                                }
                            }
                            each.accept(new Row(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                                    new Address(rs.getString(3), rs.getString(4)), AddressCodec.decode(rs.getString(5)),
                                    AddressCodec.decode(rs.getString(6)), rs.getString(7), rs.getString(8), start,
                                    MessageRepository.flags(rs.getString(10)), bestFormat, bestBytes));
                        }
                    }
                }
            }
            return null;
        });
    }
}
