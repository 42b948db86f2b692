package app.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The prepared statements of one transaction, and the rows it inserts at its end. */
final class ImportStatements implements AutoCloseable {
    private final Connection connection;
    final PreparedStatement original;
    /** Source rows and links are only inserted, never read back within the batch but for {@link #sourcePending}. */
    final RowsInsert sources = new RowsInsert("original_sources",
            List.of("id", "original_id", "kind", "location", "byte_offset", "imap_uid", "detail"));
    final PreparedStatement sourceExists;
    final PreparedStatement message;
    final RowsInsert links = new RowsInsert("message_originals", List.of("message_id", "original_id", "evidence_score"));
    final PreparedStatement attachment;
    final PreparedStatement note;
    final PreparedStatement conflict;
    final PreparedStatement failure;

    ImportStatements(Connection c) throws SQLException {
        connection = c;
        original = c.prepareStatement("INSERT INTO originals (id, sha256, byte_count, content, format, imported_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)");
        sourceExists = c.prepareStatement("SELECT 1 FROM original_sources WHERE original_id = ? AND location = ? "
                + "AND byte_offset = ? AND imap_uid = ?");
        message = c.prepareStatement("INSERT INTO messages (id, message_id, content_key, subject, from_name, "
                + "from_email, to_list, cc_list, bcc_list, reply_to, return_path, sent_at, first_received_at, "
                + "in_reply_to, references_list, body_text, attachment_count, flags, parent_message) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        // A new original always makes a new link, and a new message new attachment rows: plain inserts.
        attachment = c.prepareStatement("INSERT INTO attachments (message_id, ordinal, name, mime_type, byte_count, "
                + "sha256) VALUES (?, ?, ?, ?, ?, ?)");
        note = c.prepareStatement("INSERT INTO notes (id, occurred_at, title, participants, body, original_id) "
                + "VALUES (?, ?, ?, ?, ?, ?)");
        conflict = c.prepareStatement("UPDATE messages SET flags = CASE WHEN flags = '' THEN 'MESSAGE_ID_CONFLICT' "
                + "WHEN flags LIKE '%MESSAGE_ID_CONFLICT%' THEN flags ELSE flags || ',MESSAGE_ID_CONFLICT' END "
                + "WHERE id = ?");
        failure = c.prepareStatement("INSERT INTO import_failures (occurred_at, kind, location, byte_offset, "
                + "imap_uid, reason, reason_code, reason_params, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * Records one place an original was read from, as row {@code id}, inserted with the batch's end.
     * The id is given, not drawn from the identity column: H2 commits the whole store each time a
     * sequence's cache of 32 values runs out, which was a quarter of the writer thread's time.
     */
    void insertSource(long id, long originalId, app.dossier.model.SourceRef where) {
        sources.add(id, originalId, where.kind().name(), cut(where.location(), 4000), where.offset(), where.uid(),
                cut(where.detail(), 4000));
    }

    /** Whether this batch already queued the place {@code (location, offset, uid)} for the original. */
    boolean sourcePending(long originalId, String location, long offset, long uid) {
        for (Object[] row : sources.pending()) {
            if ((Long) row[1] == originalId && row[3].equals(location) && (Long) row[4] == offset
                    && (Long) row[5] == uid) {
                return true;
            }
        }
        return false;
    }

    /** Inserts the rows queued for the batch's end: the originals and messages they refer to are in. */
    void flushQueued() throws SQLException {
        sources.flush(connection);
        links.flush(connection);
    }

    /** Queues one import failure for the batch insert. */
    void addFailure(java.time.OffsetDateTime now, app.dossier.model.ImportFailure f) throws SQLException {
        app.dossier.model.SourceRef where = f.source();
        failure.setObject(1, now);
        failure.setString(2, where.kind().name());
        failure.setString(3, cut(where.location(), 4000));
        failure.setLong(4, where.offset());
        failure.setLong(5, where.uid());
        failure.setString(6, cut(f.reason().english(), 4000));
        failure.setString(7, f.reason().code().name());
        failure.setString(8, cut(FailureParameters.join(f.reason().parameters()), 4000));
        failure.setString(9, cut(where.detail(), 4000));
        failure.addBatch();
    }

    /** Inserts one message row; text columns are cut to the schema's limits. */
    void insertMessage(long id, app.dossier.model.MessageData data, java.util.Set<app.dossier.model.MessageFlag> flags,
                       Long parent) throws SQLException {
        PreparedStatement m = message;
        int i = 1;
        m.setLong(i++, id);
        m.setString(i++, cut(data.messageId(), 998));
        m.setString(i++, data.contentKey());
        m.setString(i++, cut(data.subject(), 4000));
        m.setString(i++, cut(data.from().name(), 1000));
        m.setString(i++, cut(data.from().email(), 1000));
        m.setString(i++, AddressCodec.encode(data.to()));
        m.setString(i++, AddressCodec.encode(data.cc()));
        m.setString(i++, AddressCodec.encode(data.bcc()));
        m.setString(i++, cut(AddressCodec.encode(data.replyTo()), 4000));
        m.setString(i++, cut(data.returnPath(), 1000));
        m.setObject(i++, data.sentAt());
        m.setObject(i++, data.firstReceivedAt());
        m.setString(i++, cut(data.inReplyTo(), 998));
        m.setString(i++, String.join("\n", data.references()));
        m.setBytes(i++, data.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        m.setInt(i++, data.attachments().size());
        m.setString(i++, flags.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(",")));
        if (parent == null) {
            m.setNull(i, java.sql.Types.BIGINT);
        } else {
            m.setLong(i, parent);
        }
        m.executeUpdate();
    }

    static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(original, sourceExists, message, attachment, note, conflict, failure)) {
            s.close();
        }
    }
}
