package app.dossier.store;

import app.dossier.model.Address;
import app.dossier.model.Attachment;
import app.dossier.model.ImportFailure;
import app.dossier.model.MessageFlag;
import app.dossier.model.MessageSummary;
import app.dossier.model.OriginalInfo;
import app.dossier.model.SourceKind;
import app.dossier.model.SourceRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads messages for the list and the viewer. */
public final class MessageRepository {
    private final CaseStore store;

    public MessageRepository(CaseStore store) {
        this.store = store;
    }

    /** All messages, oldest first; 100,000 rows load in about a second. */
    public List<MessageSummary> summaries() {
        return store.read(c -> {
            List<MessageSummary> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT m.id, m.sent_at, m.from_name, m.from_email, m.to_list, "
                    + "m.subject, m.attachment_count, m.flags, (SELECT COUNT(*) FROM message_originals mo "
                    + "WHERE mo.message_id = m.id) FROM messages m ORDER BY m.sent_at NULLS LAST, m.id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(summary(rs));
                }
            }
            return rows;
        });
    }

    public Optional<MessageSummary> summary(long id) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT m.id, m.sent_at, m.from_name, m.from_email, m.to_list, "
                    + "m.subject, m.attachment_count, m.flags, (SELECT COUNT(*) FROM message_originals mo "
                    + "WHERE mo.message_id = m.id) FROM messages m WHERE m.id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
                }
            }
        });
    }

    private static MessageSummary summary(ResultSet rs) throws SQLException {
        String name = rs.getString(3);
        String email = rs.getString(4);
        List<Address> to = AddressCodec.decode(rs.getString(5));
        String toText = to.isEmpty() ? "" : shortName(to.get(0)) + (to.size() > 1 ? " +" + (to.size() - 1) : "");
        return new MessageSummary(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), shortName(new Address(name, email)),
                toText, rs.getString(6), rs.getInt(7), rs.getInt(9), flags(rs.getString(8)));
    }

    /** The name a list shows: the display name, or the address when there is none. */
    private static String shortName(Address a) {
        return a.name().isEmpty() ? a.email() : a.name();
    }

    static Set<MessageFlag> flags(String text) {
        Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);
        if (text != null && !text.isBlank()) {
            for (String f : text.split(",")) {
                try {
                    flags.add(MessageFlag.valueOf(f.strip()));
                } catch (IllegalArgumentException e) {
                    // a flag from a newer version: ignore
                }
            }
        }
        return flags;
    }

    /** Header fields and text of one message, as stored. */
    public record StoredMessage(long id, Address from, List<Address> to, List<Address> cc, List<Address> bcc,
                                List<Address> replyTo, String messageId, String inReplyTo, String text) {
    }

    public Optional<StoredMessage> stored(long id) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT from_name, from_email, to_list, cc_list, bcc_list, "
                    + "reply_to, message_id, in_reply_to, body_text FROM messages WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StoredMessage(id, new Address(rs.getString(1), rs.getString(2)),
                            AddressCodec.decode(rs.getString(3)), AddressCodec.decode(rs.getString(4)),
                            AddressCodec.decode(rs.getString(5)), AddressCodec.decode(rs.getString(6)),
                            rs.getString(7), rs.getString(8),
                            new String(rs.getBytes(9), java.nio.charset.StandardCharsets.UTF_8)));
                }
            }
        });
    }

    public List<Attachment> attachments(long messageId) {
        return store.read(c -> {
            List<Attachment> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT ordinal, name, mime_type, byte_count, sha256 "
                    + "FROM attachments WHERE message_id = ? ORDER BY ordinal")) {
                s.setLong(1, messageId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Attachment(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                                rs.getString(5)));
                    }
                }
            }
            return list;
        });
    }

    /** The originals of a message, best-evidenced first, each with every place it was read from. */
    public List<OriginalInfo> originals(long messageId) {
        return store.read(c -> {
            Map<Long, OriginalInfo> byId = new LinkedHashMap<>();
            Map<Long, List<SourceRef>> sources = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT o.id, o.sha256, o.byte_count, o.format, mo.evidence_score "
                    + "FROM message_originals mo JOIN originals o ON o.id = mo.original_id WHERE mo.message_id = ? "
                    + "ORDER BY mo.evidence_score DESC, o.id")) {
                s.setLong(1, messageId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        sources.put(id, new ArrayList<>());
                        byId.put(id, new OriginalInfo(id, rs.getString(2), rs.getLong(3),
                                app.dossier.model.ItemFormat.valueOf(rs.getString(4)), rs.getInt(5),
                                List.of()));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT kind, location, byte_offset, imap_uid, detail "
                    + "FROM original_sources WHERE original_id = ? ORDER BY id")) {
                for (long id : byId.keySet()) {
                    s.setLong(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            sources.get(id).add(new SourceRef(SourceKind.valueOf(rs.getString(1)), rs.getString(2),
                                    rs.getLong(3), rs.getLong(4), rs.getString(5)));
                        }
                    }
                }
            }
            List<OriginalInfo> result = new ArrayList<>();
            byId.forEach((id, info) -> result.add(new OriginalInfo(id, info.sha256(), info.size(), info.format(),
                    info.evidenceScore(), sources.get(id))));
            return result;
        });
    }

    /** The text of a note, or empty. */
    public Optional<String> noteBody(long noteId) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT title, participants, body FROM notes WHERE id = ?")) {
                s.setLong(1, noteId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1) + "\n" + rs.getString(2) + "\n\n" + rs.getString(3))
                            : Optional.empty();
                }
            }
        });
    }

    /** Items that could not be imported, newest first. */
    public List<ImportFailure> failures(int limit) {
        return store.read(c -> {
            List<ImportFailure> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT kind, location, byte_offset, imap_uid, reason, reason_code, reason_params, detail "
                    + "FROM import_failures ORDER BY id DESC LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        list.add(new ImportFailure(new SourceRef(SourceKind.valueOf(rs.getString(1)), rs.getString(2),
                                rs.getLong(3), rs.getLong(4), rs.getString(8)), FailureParameters.read(rs.getString(6),
                                rs.getString(7), rs.getString(5))));
                    }
                }
            }
            return list;
        });
    }
}
