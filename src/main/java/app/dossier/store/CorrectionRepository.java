package app.dossier.store;

import app.dossier.model.EventCorrection;
import app.dossier.model.EventKind;
import app.dossier.model.EventSource;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.Review;
import app.dossier.model.TimelineEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The user's timeline decisions and hand-added events. */
public final class CorrectionRepository {
    private final CaseStore store;
    private final Clock clock;

    public CorrectionRepository(CaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Saves a decision. A later decision about the same event adds to the earlier one: a new time
     * does not undo a new kind given before, and showing a hidden event again is a decision too.
     */
    public void save(EventCorrection decision) {
        store.inTransaction(conn -> {
            EventCorrection c = merged(conn, decision);
            try (PreparedStatement s = conn.prepareStatement("MERGE INTO event_corrections (source_type, source_id, "
                    + "original_kind, new_kind, new_time, new_text, hidden, key_sentence, decided_at, confirmed) "
                    + "KEY (source_type, source_id, original_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, c.source().code());
                s.setLong(2, c.sourceId());
                s.setString(3, c.originalKind().name());
                s.setString(4, c.newKind() == null ? null : c.newKind().name());
                s.setObject(5, c.newTime());
                s.setString(6, c.newText());
                s.setBoolean(7, c.hidden());
                s.setString(8, ImportStatements.cut(c.keySentence(), 4000));
                s.setObject(9, OffsetDateTime.now(clock));
                s.setBoolean(10, c.confirmed());
                return s.executeUpdate();
            }
        });
    }

    private static EventCorrection merged(java.sql.Connection conn, EventCorrection c) throws java.sql.SQLException {
        try (PreparedStatement s = conn.prepareStatement("SELECT new_kind, new_time, new_text, confirmed "
                + "FROM event_corrections "
                + "WHERE source_type = ? AND source_id = ? AND original_kind = ?")) {
            s.setString(1, c.source().code());
            s.setLong(2, c.sourceId());
            s.setString(3, c.originalKind().name());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return c;
                }
                EventKind kind = c.newKind() != null ? c.newKind()
                        : rs.getString(1) == null ? null : EventKind.valueOf(rs.getString(1));
                OffsetDateTime time = c.newTime() != null ? c.newTime() : rs.getObject(2, OffsetDateTime.class);
                String text = c.newText() != null ? c.newText() : rs.getString(3);
                // Confirming keeps a kind set before; setting a kind replaces a confirmation.
                boolean confirmed = c.newKind() == null && (c.confirmed() || rs.getBoolean(4));
                return new EventCorrection(c.source(), c.sourceId(), c.originalKind(), kind, time, text, c.hidden(),
                        c.keySentence(), confirmed);
            }
        }
    }

    public List<EventCorrection> all() {
        return store.read(conn -> {
            List<EventCorrection> list = new ArrayList<>();
            try (PreparedStatement s = conn.prepareStatement("SELECT source_type, source_id, original_kind, new_kind, "
                    + "new_time, new_text, hidden, key_sentence, confirmed FROM event_corrections ORDER BY decided_at");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(new EventCorrection(EventSource.of(rs.getString(1)), rs.getLong(2), EventKind.valueOf(rs.getString(3)),
                            rs.getString(4) == null ? null : EventKind.valueOf(rs.getString(4)),
                            rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getBoolean(7), rs.getString(8),
                            rs.getBoolean(9)));
                }
            }
            return list;
        });
    }

    public long addManual(OffsetDateTime when, EventKind kind, String actor, String text) {
        return store.inTransaction(conn -> {
            try (PreparedStatement s = conn.prepareStatement("INSERT INTO manual_events (occurred_at, kind, actor, text, "
                    + "added_at) VALUES (?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setObject(1, when);
                s.setString(2, kind.name());
                s.setString(3, ImportStatements.cut(actor, 1000));
                s.setString(4, ImportStatements.cut(text, 4000));
                s.setObject(5, OffsetDateTime.now(clock));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    public List<TimelineEvent> manualEvents() {
        return store.read(conn -> {
            List<TimelineEvent> list = new ArrayList<>();
            try (PreparedStatement s = conn.prepareStatement("SELECT id, occurred_at, kind, actor, text FROM manual_events "
                    + "ORDER BY occurred_at");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    list.add(new TimelineEvent(rs.getObject(2, OffsetDateTime.class), EventKind.valueOf(rs.getString(3)),
                            rs.getString(4), List.of(), rs.getString(5), rs.getString(5), EventSource.MANUAL, rs.getLong(1), "", "", "",
                            List.of(Fact.of(FactType.ADDED_BY_HAND)), null, 1.0, List.of(), Review.BY_HAND));
                }
            }
            return list;
        });
    }
}
