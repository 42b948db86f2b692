package app.dossier.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every original of a case with what a manifest lists about it: hash, size, format, where it was
 * first read from, and the Message-IDs of the messages (or the ids of the notes) it backs.
 */
public final class OriginalCatalog {
    private final CaseStore store;

    public OriginalCatalog(CaseStore store) {
        this.store = store;
    }

    /** One original; {@code messageIds} holds the Message-ID headers, {@code noteIds} the notes it is. */
    public record Entry(long id, String sha256, long size, app.dossier.model.ItemFormat format, String source, List<Long> messages,
                        List<String> messageIds, List<Long> notes) {
        public Entry {
            messages = List.copyOf(messages);
            messageIds = List.copyOf(messageIds);
            notes = List.copyOf(notes);
        }
    }

    /** All originals, in the order they were imported. */
    public List<Entry> all() {
        return store.read(c -> {
            Map<Long, String[]> base = new LinkedHashMap<>();
            Map<Long, Long> sizes = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT o.id, o.sha256, o.byte_count, o.format, "
                    + "(SELECT MIN(os.location || CASE WHEN os.byte_offset >= 0 THEN ' @ byte ' || os.byte_offset ELSE '' END) "
                    + "FROM original_sources os WHERE os.original_id = o.id) FROM originals o ORDER BY o.id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    base.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(4),
                            rs.getString(5) == null ? "" : rs.getString(5)});
                    sizes.put(rs.getLong(1), rs.getLong(3));
                }
            }
            Map<Long, List<Long>> messages = new LinkedHashMap<>();
            Map<Long, List<String>> headerIds = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT mo.original_id, m.id, m.message_id "
                    + "FROM message_originals mo JOIN messages m ON m.id = mo.message_id ORDER BY mo.original_id, m.id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    messages.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    headerIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(3));
                }
            }
            Map<Long, List<Long>> notes = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT original_id, id FROM notes ORDER BY id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    notes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
            List<Entry> entries = new ArrayList<>();
            base.forEach((id, v) -> entries.add(new Entry(id, v[0].strip(), sizes.get(id), app.dossier.model.ItemFormat.valueOf(v[1].strip()), v[2],
                    messages.getOrDefault(id, List.of()), headerIds.getOrDefault(id, List.of()),
                    notes.getOrDefault(id, List.of()))));
            return entries;
        });
    }
}
