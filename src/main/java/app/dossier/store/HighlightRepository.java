package app.dossier.store;

import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.Highlight;
import app.dossier.model.PhraseCategory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The key phrases of a case. Every change is one transaction, so nothing the user marked is half-saved. */
public final class HighlightRepository {
    private static final String COLUMNS = "id, message_id, note_id, start_char, end_char, category, comment, quote, "
            + "prefix, suffix, custom_category, anchor_status, manual_order, origin";

    private final CaseStore store;
    private final Clock clock;

    public HighlightRepository(CaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every key phrase, in the user's order (then oldest first). */
    public List<Highlight> all() {
        return store.read(c -> query(c, "SELECT " + COLUMNS + " FROM highlights ORDER BY manual_order, id", null));
    }

    /** The key phrases of one message or note. */
    public List<Highlight> of(SourceKind kind, long sourceId) {
        String column = kind == SourceKind.MESSAGE ? "message_id" : "note_id";
        return store.read(c -> query(c, "SELECT " + COLUMNS + " FROM highlights WHERE " + column + " = ? "
                + "ORDER BY start_char, id", sourceId));
    }

    public Optional<Highlight> find(long id) {
        return store.read(c -> query(c, "SELECT " + COLUMNS + " FROM highlights WHERE id = ?", id)).stream().findFirst();
    }

    /**
     * Removes the phrases {@code removeIds} and stores {@code put} in one transaction: a phrase with id
     * 0 gets a new id, one with an id is updated, or inserted again with that same id when it was
     * removed (undo), so a card keeps its identity. Returns {@code put} with their ids.
     */
    public List<Highlight> replace(Collection<Long> removeIds, List<Highlight> put) {
        return store.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM highlights WHERE id = ?")) {
                for (long id : removeIds) {
                    delete.setLong(1, id);
                    delete.executeUpdate();
                }
            }
            List<Highlight> stored = new ArrayList<>();
            for (Highlight h : put) {
                stored.add(h.id() == 0 ? insert(c, h) : upsert(c, h));
            }
            return stored;
        });
    }

    /** How many key phrases there are, how many were not found the last time, and suggestions dismissed. */
    public long[] counts() {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT (SELECT COUNT(*) FROM highlights), "
                    + "(SELECT COUNT(*) FROM highlights WHERE anchor_status = 'LOST'), "
                    + "(SELECT COUNT(*) FROM phrase_suggestions WHERE state = 'DISMISSED')");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        });
    }

    /** The highest order given so far, so a new card goes last. */
    public int lastOrder() {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(manual_order), 0) FROM highlights");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private Highlight insert(Connection c, Highlight h) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO highlights (message_id, note_id, start_char, "
                + "end_char, category, comment, quote, prefix, suffix, custom_category, anchor_status, manual_order, "
                + "origin, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            bind(s, h, 1);
            s.setObject(14, OffsetDateTime.now(clock));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return h.withId(keys.getLong(1));
            }
        }
    }

    private Highlight upsert(Connection c, Highlight h) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO highlights (message_id, note_id, start_char, "
                + "end_char, category, comment, quote, prefix, suffix, custom_category, anchor_status, manual_order, "
                + "origin, id) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(s, h, 1);
            s.setLong(14, h.id());
            s.executeUpdate();
            return h;
        }
    }

    private static void bind(PreparedStatement s, Highlight h, int first) throws SQLException {
        if (h.sourceKind() == SourceKind.MESSAGE) {
            s.setLong(first, h.sourceId());
            s.setNull(first + 1, Types.BIGINT);
        } else {
            s.setNull(first, Types.BIGINT);
            s.setLong(first + 1, h.sourceId());
        }
        s.setInt(first + 2, h.start());
        s.setInt(first + 3, h.end());
        s.setString(first + 4, h.category().name());
        s.setString(first + 5, ImportStatements.cut(h.note(), 4000));
        s.setString(first + 6, ImportStatements.cut(h.quote(), 20000));
        s.setString(first + 7, ImportStatements.cut(h.prefix(), 200));
        s.setString(first + 8, ImportStatements.cut(h.suffix(), 200));
        s.setString(first + 9, ImportStatements.cut(h.customCategory(), 200));
        s.setString(first + 10, h.anchored() ? "ANCHORED" : "LOST");
        s.setInt(first + 11, h.order());
        s.setString(first + 12, h.suggested() ? "SUGGESTED" : "USER");
    }

    private static List<Highlight> query(Connection c, String sql, Long parameter) throws SQLException {
        List<Highlight> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter != null) {
                s.setLong(1, parameter);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(8).isBlank() || rs.getInt(5) <= rs.getInt(4)) {
                        continue; // a V1 row from before anchors (none were ever written): nothing to cite
                    }
                    long message = rs.getLong(2);
                    boolean isMessage = !rs.wasNull();
                    long note = rs.getLong(3);
                    rows.add(new Highlight(rs.getLong(1), isMessage ? SourceKind.MESSAGE : SourceKind.NOTE,
                            isMessage ? message : note, rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getInt(4), rs.getInt(5), category(rs.getString(6)), rs.getString(11),
                            rs.getString(7), !"LOST".equals(rs.getString(12)), rs.getInt(13),
                            "SUGGESTED".equals(rs.getString(14))));
                }
            }
        }
        return rows;
    }

    private static PhraseCategory category(String name) {
        try {
            return PhraseCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            return PhraseCategory.CUSTOM; // a category of a newer version reads as the user's own
        }
    }
}
