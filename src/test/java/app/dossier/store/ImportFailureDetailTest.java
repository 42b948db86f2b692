package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ImportFailure;
import app.dossier.model.SourceKind;
import app.dossier.model.SourceRef;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V7: a failure inside a source keeps where inside it happened (folder path and node id of a PST item). */
class ImportFailureDetailTest {
    @TempDir
    Path temp;

    @Test
    void theFailuresPlaceInsideTheSourceIsStored() {
        SourceRef where = new SourceRef(SourceKind.PST, "/mail/archive.pst", -1, -1, "folder \"/Inbox/2026\", node 2097188");
        try (CaseStore store = TestCases.create(temp.resolve("c"))) {
            try (ImportWriter writer = new ImportWriter(store, Clock.systemUTC())) {
                writer.write(List.of(), List.of(new ImportFailure(where, "this Outlook item cannot be read")));
            }
            assertThat(new MessageRepository(store).failures(10)).singleElement().satisfies(f -> {
                assertThat(f.source()).isEqualTo(where);
                assertThat(f.source().describe()).isEqualTo("/mail/archive.pst (folder \"/Inbox/2026\", node 2097188)");
            });
        }
    }
}
