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
    void aNoteWrittenFreelyIsReadFromItsHead() {
        String english = "# Call with Brindley Garden Centres\n\nTuesday 24 March 2026, 14:00-14:25 (Teams)\n"
                + "Participants: Ian Mercer (Finance Director), Tom Ashworth (notes)\n\n- Ian: \"Fine, go ahead.\"\n";
        NoteData call = format.parse(english.getBytes(StandardCharsets.UTF_8), "07-call.md").orElseThrow();
        assertThat(call.occurredAt()).as("the start of the range, in the user's time").isEqualTo(
                OffsetDateTime.parse("2026-03-24T14:00+01:00"));
        assertThat(call.title()).isEqualTo("Call with Brindley Garden Centres");
        assertThat(call.participants()).isEqualTo("Ian Mercer (Finance Director), Tom Ashworth (notes)");
        assertThat(call.body()).isEqualTo("- Ian: \"Fine, go ahead.\"");

        String german = "# IT-Jour-fixe\n\nDatum: Donnerstag, 12.03.2026, 10:00–10:45 Uhr, Raum 2\n"
                + "Teilnehmende: Harald Pichler, Florian Eder (ich)\n\n- Keine Entscheidung.\n";
        assertThat(format.parse(german.getBytes(StandardCharsets.UTF_8), "x").orElseThrow().occurredAt())
                .isEqualTo(OffsetDateTime.parse("2026-03-12T10:00+01:00"));

        String listed = "# Call with Orzel\n\nNotes by Aoife, written straight after the call.\n\n"
                + "- Date/time: Friday, 15 May 2026, 11:00-11:25 Irish time (IST, UTC+1) / 12:00-12:25 Warsaw time\n"
                + "- Participants: Katarzyna Lis (Orzel), Aoife Brennan (Corrib)\n\n## What was said\n\n- She agreed.\n";
        NoteData orzel = format.parse(listed.getBytes(StandardCharsets.UTF_8), "x").orElseThrow();
        assertThat(orzel.occurredAt()).as("the offset the note names").isEqualTo(OffsetDateTime.parse("2026-05-15T11:00+01:00"));
        assertThat(orzel.participants()).isEqualTo("Katarzyna Lis (Orzel), Aoife Brennan (Corrib)");
        assertThat(orzel.body()).startsWith("Notes by Aoife").doesNotContain("Date/time", "Participants").endsWith("She agreed.");

        assertThat(format.parse("Date: 2026-06-10 14:05 +0200\n# Call\n\ntext".getBytes(StandardCharsets.UTF_8), "x")
                .orElseThrow().occurredAt()).isEqualTo(OffsetDateTime.parse("2026-06-10T14:05+02:00"));
        assertThat(format.parse("# Call\n\n3 February 2026, 3:15 pm CET\n\ntext".getBytes(StandardCharsets.UTF_8), "x")
                .orElseThrow().occurredAt()).isEqualTo(OffsetDateTime.parse("2026-02-03T15:15+01:00"));
        assertThat(format.parse("# Call\n\nOn 03/04/2026 we spoke.\n".getBytes(StandardCharsets.UTF_8), "x"))
                .as("day and month of a slashed date cannot be told apart").isEmpty();
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
