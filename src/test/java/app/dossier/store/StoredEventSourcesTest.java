package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.EventCorrection;
import app.dossier.model.EventKind;
import app.dossier.model.EventSource;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event's source is an enum in the code and its stored name in the case: decisions and
 * suggestion choices written by earlier versions (plain "message", "note", "manual") read back as
 * the enum, and new rows are written with the same names.
 */
class StoredEventSourcesTest {
    @TempDir
    Path temp;

    @Test
    void decisionsStoredByEarlierVersionsReadBackAsTheEnumAndNewOnesKeepTheStoredNames() {
        try (CaseStore store = TestCases.create(temp.resolve("case"))) {
            store.inTransaction(c -> {
                String[][] rows = {{"message", "7", "WARNING"}, {"note", "2", "REQUEST"}, {"manual", "1", "APPROVAL"}};
                for (String[] row : rows) {
                    try (var s = c.prepareStatement("INSERT INTO event_corrections (source_type, source_id, "
                            + "original_kind, new_kind, hidden, key_sentence, decided_at) "
                            + "VALUES (?, ?, ?, 'THREAT', FALSE, 'a sentence', CURRENT_TIMESTAMP)")) {
                        s.setString(1, row[0]);
                        s.setLong(2, Long.parseLong(row[1]));
                        s.setString(3, row[2]);
                        s.executeUpdate();
                    }
                }
                try (var s = c.prepareStatement("INSERT INTO phrase_suggestions (source_type, source_id, sentence, "
                        + "state, decided_at) VALUES ('message', 7, 'their words', 'DISMISSED', CURRENT_TIMESTAMP)")) {
                    s.executeUpdate();
                }
                return null;
            });
            CorrectionRepository corrections = new CorrectionRepository(store, Clock.systemUTC());
            assertThat(corrections.all()).extracting(EventCorrection::source, EventCorrection::sourceId)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(EventSource.MESSAGE, 7L),
                            org.assertj.core.groups.Tuple.tuple(EventSource.NOTE, 2L),
                            org.assertj.core.groups.Tuple.tuple(EventSource.MANUAL, 1L));
            SuggestionRepository suggestions = new SuggestionRepository(store, Clock.systemUTC());
            assertThat(suggestions.decisions()).containsOnlyKeys(
                    SuggestionRepository.key(EventSource.MESSAGE, 7, "their words"));

            // A later decision on the same note event merges with the old row instead of adding one.
            corrections.save(new EventCorrection(EventSource.NOTE, 2, EventKind.REQUEST, null, null, "new text",
                    false, "a sentence"));
            suggestions.decide(EventSource.NOTE, 3, "my warning", SuggestionRepository.State.ACCEPTED);
            assertThat(TestCases.strings(store, "SELECT source_type FROM event_corrections ORDER BY source_type"))
                    .containsExactly("manual", "message", "note");
            assertThat(TestCases.strings(store, "SELECT source_type FROM phrase_suggestions ORDER BY source_type"))
                    .containsExactly("message", "note");
            assertThat(corrections.all()).filteredOn(c -> c.source() == EventSource.NOTE)
                    .singleElement().satisfies(c -> {
                        assertThat(c.newKind()).isEqualTo(EventKind.THREAT);
                        assertThat(c.newText()).isEqualTo("new text");
                    });
        }
    }

    @Test
    void anUnknownSourceNameIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventSource.of("mail"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mail");
        assertThat(List.of(EventSource.values())).extracting(EventSource::code)
                .containsExactly("message", "note", "manual");
    }
}
