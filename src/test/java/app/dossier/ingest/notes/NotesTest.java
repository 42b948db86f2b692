package app.dossier.ingest.notes;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ingest.ImportListener;
import app.dossier.model.ImportSummary;
import app.dossier.model.NoteData;
import app.dossier.store.CaseStore;
import app.dossier.testing.TestCases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesTest {
    private final NoteFormat format = new NoteFormat(ZoneId.of("Europe/Berlin"));

    @TempDir
    Path temp;

    @Test
    void readsTheNoteFileFormat() {
        String file = "Date: 2026-01-27T14:00+01:00\n# Jour fixe bei Kessler\n\nTeilnehmende: Markus Wendt, Lena Fischer\n\nText.\n";
        NoteData note = format.parse(file.getBytes(StandardCharsets.UTF_8), "fallback").orElseThrow();
        assertThat(note.occurredAt()).isEqualTo(OffsetDateTime.parse("2026-01-27T14:00+01:00"));
        assertThat(note.title()).isEqualTo("Jour fixe bei Kessler");
        assertThat(note.participants()).isEqualTo("Markus Wendt, Lena Fischer");
        assertThat(note.body()).endsWith("Text.");
    }

    @Test
    void aDateWithoutOffsetIsTheUsersLocalTime() {
        NoteData note = format.parse("Date: 2026-03-09 16:30\nnotes".getBytes(StandardCharsets.UTF_8), "call.md")
                .orElseThrow();
        assertThat(note.occurredAt()).isEqualTo(OffsetDateTime.parse("2026-03-09T16:30+01:00"));
        assertThat(note.title()).isEqualTo("call.md");
        assertThat(format.parse("No date here".getBytes(StandardCharsets.UTF_8), "x")).isEmpty();
    }

    @Test
    void typedNotesAreStoredAndHashedLikeImportedOnes() {
        NoteData typed = new NoteData(OffsetDateTime.parse("2026-09-14T16:40+02:00"), "Call with Mr Wendt",
                "Markus Wendt", "He said the break-in is all my fault.");
        try (CaseStore store = TestCases.create(temp.resolve("case"))) {
            ImportSummary first = TestCases.importer().importSources(store,
                    List.of(new TypedNoteSource(typed, Instant.parse("2026-09-14T15:00:00Z"))), ImportListener.NONE,
                    new AtomicBoolean());
            assertThat(first.line()).isEqualTo("imported 1, duplicates 0, failed 0");
            assertThat(TestCases.strings(store, "SELECT title || '|' || participants FROM notes"))
                    .containsExactly("Call with Mr Wendt|Markus Wendt");
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM original_sources WHERE kind = 'TYPED_NOTE'"))
                    .isEqualTo(1);
            NoteData reread = format.parse(NoteFormat.write(typed), "x").orElseThrow();
            assertThat(reread).isEqualTo(typed);
        }
    }
}
