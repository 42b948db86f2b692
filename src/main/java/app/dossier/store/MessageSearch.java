package app.dossier.store;

import app.dossier.model.Address;
import app.dossier.model.MessageData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Searches a case, first bringing its index up to date with the database. */
public final class MessageSearch {
    private static final int CHUNK = 2000;

    private final CaseStore store;

    public MessageSearch(CaseStore store) {
        this.store = store;
    }

    public List<SearchHit> search(String query, int limit) {
        catchUp();
        return store.searchIndex().search(query, limit);
    }

    /** Indexes every message and note the index does not hold yet, oldest first. */
    public void catchUp() {
        SearchIndex index = store.searchIndex();
        synchronized (index) {
            boolean added = false;
            List<SearchDocument> chunk;
            while (!(chunk = readMessages(index.maxMessage())).isEmpty()) {
                index.add(chunk);
                added = true;
            }
            while (!(chunk = readNotes(index.maxNote())).isEmpty()) {
                index.add(chunk);
                added = true;
            }
            if (added) {
                index.commit();
            }
        }
    }

    private List<SearchDocument> readMessages(long after) {
        return store.read(c -> {
            List<SearchDocument> docs = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, subject, from_name, from_email, to_list, "
                    + "cc_list, body_text, sent_at FROM messages WHERE id > ? ORDER BY id LIMIT " + CHUNK)) {
                s.setLong(1, after);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        List<String> parts = List.of(rs.getString(2), rs.getString(3) + ' ' + rs.getString(4),
                                people(rs.getString(5)) + ' ' + people(rs.getString(6)),
                                new String(rs.getBytes(7), java.nio.charset.StandardCharsets.UTF_8));
                        OffsetDateTime sent = rs.getObject(8, OffsetDateTime.class);
                        docs.add(new SearchDocument(SearchDocument.Kind.MESSAGE, rs.getLong(1), parts,
                                sent == null ? 0 : sent.toEpochSecond()));
                    }
                }
            }
            return docs;
        });
    }

    private List<SearchDocument> readNotes(long after) {
        return store.read(c -> {
            List<SearchDocument> docs = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, title, participants, body, occurred_at FROM notes "
                    + "WHERE id > ? ORDER BY id LIMIT " + CHUNK)) {
                s.setLong(1, after);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        docs.add(new SearchDocument(SearchDocument.Kind.NOTE, rs.getLong(1),
                                List.of(rs.getString(2), rs.getString(3), rs.getString(4)),
                                rs.getObject(5, OffsetDateTime.class).toEpochSecond()));
                    }
                }
            }
            return docs;
        });
    }

    private static String people(String encoded) {
        StringBuilder out = new StringBuilder();
        for (Address a : AddressCodec.decode(encoded)) {
            out.append(a.name()).append(' ').append(a.email()).append(' ');
        }
        return out.toString();
    }

    /** The index entry of a message just imported: subject, people and text as separate values, not copied together. */
    static SearchDocument documentOf(long id, MessageData data) {
        StringBuilder people = new StringBuilder(200);
        people.append(data.from().name()).append(' ').append(data.from().email()).append(' ');
        for (Address a : data.to()) {
            people.append(a.name()).append(' ').append(a.email()).append(' ');
        }
        for (Address a : data.cc()) {
            people.append(a.name()).append(' ').append(a.email()).append(' ');
        }
        return new SearchDocument(SearchDocument.Kind.MESSAGE, id, List.of(data.subject(), people.toString(), data.text()),
                data.sentAt() == null ? 0 : data.sentAt().toEpochSecond());
    }
}
