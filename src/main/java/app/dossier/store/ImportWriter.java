package app.dossier.store;

import app.dossier.model.ImportFailure;
import app.dossier.model.MessageData;
import app.dossier.model.MessageFlag;
import app.dossier.model.SourceRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes imported originals, messages and notes in batches, each batch one transaction, so an
 * import stopped at any point leaves whole items only. Keeps the case's fingerprints in memory
 * (SHA-256 of every original, Message-ID and content key of every message) so that duplicates
 * and second copies of a mail are recognised without a query per item.
 */
public final class ImportWriter implements AutoCloseable {
    /** What became of one item. */
    public enum Outcome { IMPORTED, DUPLICATE }

    /** The outcome of one item and, for mails, the message it now belongs to. */
    public record Written(Outcome outcome, long messageId) {
    }

    private List<SearchDocument> newDocuments = new ArrayList<>();
    /** Indexing runs beside the database writes. */
    private final BackgroundIndexing indexing;

    private record KnownMessage(long id, String contentKey) {
    }

    private final CaseStore store;
    private final Clock clock;
    private final Map<String, Long> originalBySha = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<KnownMessage>> messagesById = new HashMap<>();
    private final Map<String, Long> messagesByKey = new HashMap<>();
    private final Map<Long, Long> messageByOriginal = new HashMap<>();
    private long nextOriginalId;
    private long nextSourceId;
    private long nextMessageId;
    private long nextNoteId;

    public ImportWriter(CaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.indexing = new BackgroundIndexing(store);
        store.importLock().lock();
        try {
            // The index must hold everything older before new documents are added (it tracks a high-water mark).
            new MessageSearch(store).catchUp();
            store.read(this::loadFingerprints);
        } catch (RuntimeException e) {
            store.importLock().unlock();
            throw e;
        }
    }

    private Void loadFingerprints(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, sha256 FROM originals")) {
                while (rs.next()) {
                    originalBySha.put(rs.getString(2), rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, message_id, content_key FROM messages")) {
                while (rs.next()) {
                    remember(rs.getLong(1), rs.getString(2), rs.getString(3));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT original_id, message_id FROM message_originals")) {
                while (rs.next()) {
                    messageByOriginal.put(rs.getLong(1), rs.getLong(2));
                }
            }
            nextOriginalId = max(s, "originals") + 1;
            nextSourceId = max(s, "original_sources") + 1;
            nextMessageId = max(s, "messages") + 1;
            nextNoteId = max(s, "notes") + 1;
        }
        return null;
    }

    private static long max(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void remember(long id, String messageId, String contentKey) {
        if (messageId.isEmpty()) {
            messagesByKey.put(contentKey, id);
        } else {
            messagesById.computeIfAbsent(messageId, k -> new ArrayList<>()).add(new KnownMessage(id, contentKey));
        }
    }

    /** Whether the case already holds these exact bytes. */
    public boolean isKnown(String sha256) {
        return originalBySha.containsKey(sha256);
    }

    /** Stores a batch in one transaction; returns one result per item, in order. */
    public List<Written> write(List<ImportItem> items, List<ImportFailure> failures) {
        newDocuments = new ArrayList<>();
        List<Written> written;
        try {
            written = store.inTransaction(c -> writeAll(c, items, failures));
        } catch (RuntimeException e) {
            forgetUnwritten();
            throw e;
        }
        // Only after the commit: the index must never know a message the database does not.
        indexing.add(newDocuments);
        return written;
    }

    private List<Written> writeAll(Connection c, List<ImportItem> items, List<ImportFailure> failures)
            throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Written> results = new ArrayList<>(items.size());
        try (ImportStatements st = new ImportStatements(c)) {
            for (ImportItem item : items) {
                Long existing = originalBySha.get(item.sha256());
                if (existing != null) {
                    addSourceIfNew(st, existing, item.source());
                    results.add(new Written(Outcome.DUPLICATE, messageByOriginal.getOrDefault(existing, -1L)));
                    continue;
                }
                long originalId = nextOriginalId++;
                st.original.setLong(1, originalId);
                st.original.setString(2, item.sha256());
                st.original.setLong(3, item.bytes().length);
                st.original.setBytes(4, item.bytes());
                st.original.setString(5, item.format().name());
                st.original.setObject(6, now);
                st.original.executeUpdate();
                originalBySha.put(item.sha256(), originalId);
                addSource(st, originalId, item.source());
                long messageId = -1;
                if (item.content() instanceof ImportItem.Mail mail) {
                    messageId = storeMail(st, originalId, mail.data(), parentOf(item));
                } else if (item.content() instanceof ImportItem.Note note) {
                    storeNote(st, originalId, note.data());
                }
                results.add(new Written(Outcome.IMPORTED, messageId));
            }
            for (ImportFailure failure : failures) {
                st.addFailure(now, failure);
            }
            st.flushQueued();
            st.failure.executeBatch();
            st.attachment.executeBatch();
        }
        return results;
    }

    private Long parentOf(ImportItem item) {
        if (item.parentSha256() == null) {
            return null;
        }
        Long parentOriginal = originalBySha.get(item.parentSha256());
        return parentOriginal == null ? null : messageByOriginal.get(parentOriginal);
    }

    private long storeMail(ImportStatements st, long originalId, MessageData data, Long parent) throws SQLException {
        Long same = null;
        List<KnownMessage> sameId = data.messageId().isEmpty() ? List.of()
                : messagesById.getOrDefault(data.messageId(), List.of());
        if (data.messageId().isEmpty()) {
            same = messagesByKey.get(data.contentKey());
        } else {
            for (KnownMessage k : sameId) {
                if (k.contentKey().equals(data.contentKey())) {
                    same = k.id();
                }
            }
        }
        if (same != null) {
            link(st, same, originalId, data.evidenceScore());
            return same;
        }
        Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);
        flags.addAll(data.flags());
        if (parent != null) {
            flags.add(MessageFlag.EMBEDDED);
        }
        if (!sameId.isEmpty()) {
            flags.add(MessageFlag.MESSAGE_ID_CONFLICT);
            for (KnownMessage other : sameId) {
                st.conflict.setLong(1, other.id());
                st.conflict.executeUpdate();
            }
        }
        long id = nextMessageId++;
        st.insertMessage(id, data, flags, parent);
        for (var a : data.attachments()) {
            st.attachment.setLong(1, id);
            st.attachment.setInt(2, a.ordinal());
            st.attachment.setString(3, truncate(a.name(), 1000));
            st.attachment.setString(4, truncate(a.mimeType(), 255));
            st.attachment.setLong(5, a.size());
            st.attachment.setString(6, a.sha256().isEmpty() ? "-".repeat(64) : a.sha256());
            st.attachment.addBatch();
        }
        remember(id, truncate(data.messageId(), 998), data.contentKey());
        newDocuments.add(MessageSearch.documentOf(id, data));
        link(st, id, originalId, data.evidenceScore());
        return id;
    }

    private void link(ImportStatements st, long messageId, long originalId, int score) {
        st.links.add(messageId, originalId, score);
        messageByOriginal.put(originalId, messageId);
    }

    private void storeNote(ImportStatements st, long originalId, app.dossier.model.NoteData note) throws SQLException {
        long id = nextNoteId++;
        newDocuments.add(new SearchDocument(SearchDocument.Kind.NOTE, id,
                List.of(note.title(), note.participants(), note.body()), note.occurredAt().toEpochSecond()));
        st.note.setLong(1, id);
        st.note.setObject(2, note.occurredAt());
        st.note.setString(3, truncate(note.title(), 1000));
        st.note.setString(4, truncate(note.participants(), 4000));
        st.note.setString(5, note.body());
        st.note.setLong(6, originalId);
        st.note.executeUpdate();
    }

    private void addSourceIfNew(ImportStatements st, long originalId, SourceRef source) throws SQLException {
        if (st.sourcePending(originalId, truncate(source.location(), 4000), source.offset(), source.uid())) {
            return;
        }
        st.sourceExists.setLong(1, originalId);
        st.sourceExists.setString(2, truncate(source.location(), 4000));
        st.sourceExists.setLong(3, source.offset());
        st.sourceExists.setLong(4, source.uid());
        try (ResultSet rs = st.sourceExists.executeQuery()) {
            if (rs.next()) {
                return;
            }
        }
        addSource(st, originalId, source);
    }

    private void addSource(ImportStatements st, long originalId, SourceRef source) {
        st.insertSource(nextSourceId++, originalId, source);
    }

    private static String truncate(String value, int max) {
        return ImportStatements.cut(value, max);
    }

    private void forgetUnwritten() {
        // A failed batch wrote nothing: forget what it would have added by reloading from the database.
        originalBySha.clear();
        messagesById.clear();
        messagesByKey.clear();
        messageByOriginal.clear();
        store.read(this::loadFingerprints);
    }

    @Override
    public void close() {
        try {
            indexing.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            store.importLock().unlock();
        }
    }
}
