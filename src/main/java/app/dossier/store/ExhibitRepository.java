package app.dossier.store;

import app.dossier.model.ExhibitRef;
import app.dossier.model.ExhibitRef.SourceKind;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Case-wide exhibit numbers: every message and note ranked by time (a message without a Date
 * header by its first received time, else last), then messages before notes, then by id. One
 * query for the whole case keeps the numbers the same wherever they are printed.
 */
public final class ExhibitRepository {
    private final CaseStore store;

    public ExhibitRepository(CaseStore store) {
        this.store = store;
    }

    /** All exhibit numbers of the case. */
    public Numbers numbers() {
        return store.read(connection -> {
            Map<Long, ExhibitRef> messages = new HashMap<>();
            Map<Long, ExhibitRef> notes = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery(
                         "SELECT 0 AS k, id, COALESCE(sent_at, first_received_at) AS t FROM messages "
                                 + "UNION ALL SELECT 1 AS k, id, occurred_at AS t FROM notes "
                                 + "ORDER BY t NULLS LAST, k, id")) {
                int number = 0;
                while (row.next()) {
                    number++;
                    long id = row.getLong(2);
                    if (row.getInt(1) == 0) {
                        messages.put(id, new ExhibitRef(SourceKind.MESSAGE, id, number));
                    } else {
                        notes.put(id, new ExhibitRef(SourceKind.NOTE, id, number));
                    }
                }
            }
            return new Numbers(Map.copyOf(messages), Map.copyOf(notes));
        });
    }

    /** The exhibit numbers of one case, looked up by source. */
    public record Numbers(Map<Long, ExhibitRef> messages, Map<Long, ExhibitRef> notes) {
        public Optional<ExhibitRef> of(SourceKind kind, long sourceId) {
            return Optional.ofNullable((kind == SourceKind.MESSAGE ? messages : notes).get(sourceId));
        }
    }
}
