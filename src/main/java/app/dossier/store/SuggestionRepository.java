package app.dossier.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/** What the user decided about suggested key phrases: accepted or dismissed, kept over every rebuild. */
public final class SuggestionRepository {
    /** A decision: accepted suggestions became key phrases, dismissed ones are not offered again. */
    public enum State {
        ACCEPTED, DISMISSED
    }

    private final CaseStore store;
    private final Clock clock;

    public SuggestionRepository(CaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every decision, keyed by {@link #key}. */
    public Map<String, State> decisions() {
        return store.read(c -> {
            Map<String, State> all = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT source_type, source_id, sentence, state "
                    + "FROM phrase_suggestions");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    all.put(key(app.dossier.model.EventSource.of(rs.getString(1)), rs.getLong(2), rs.getString(3)), State.valueOf(rs.getString(4)));
                }
            }
            return all;
        });
    }

    public void decide(app.dossier.model.EventSource source, long sourceId, String sentence, State state) {
        store.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO phrase_suggestions (source_type, source_id, "
                    + "sentence, state, decided_at) KEY (source_type, source_id, sentence) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, source.code());
                s.setLong(2, sourceId);
                s.setString(3, ImportStatements.cut(sentence, 4000));
                s.setString(4, state.name());
                s.setObject(5, OffsetDateTime.now(clock));
                return s.executeUpdate();
            }
        });
    }

    /** Forgets a decision (undo). */
    public void forget(app.dossier.model.EventSource source, long sourceId, String sentence) {
        store.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM phrase_suggestions WHERE source_type = ? "
                    + "AND source_id = ? AND sentence = ?")) {
                s.setString(1, source.code());
                s.setLong(2, sourceId);
                s.setString(3, ImportStatements.cut(sentence, 4000));
                return s.executeUpdate();
            }
        });
    }

    public static String key(app.dossier.model.EventSource source, long sourceId, String sentence) {
        return source.code() + ":" + sourceId + ":" + ImportStatements.cut(sentence, 4000);
    }
}
