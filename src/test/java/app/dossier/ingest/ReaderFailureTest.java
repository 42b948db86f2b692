package app.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ingest.source.PathReader;
import app.dossier.model.FailureCode;
import app.dossier.model.ImportFailure;
import app.dossier.model.ImportSummary;
import app.dossier.store.CaseStore;
import app.dossier.store.IntegrityCheck;
import app.dossier.store.MessageRepository;
import app.dossier.testing.FailingReader;
import app.dossier.testing.SyntheticMailbox;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader that throws part-way through its source: the import says so, keeps what it read, and importing again completes it. */
class ReaderFailureTest {
    @TempDir
    Path temp;

    @Test
    void aSourceNotReadToItsEndIsAFailureNamingItAndImportingAgainCompletesIt() throws Exception {
        Path mbox = temp.resolve("inbox.mbox");
        SyntheticMailbox.write(mbox, 10, 7);
        try (CaseStore store = TestCases.create(temp.resolve("case"))) {
            ImportSummary broken = TestCases.importer().importSources(store,
                    List.of(new FailingReader(new PathReader(mbox), 3)), ImportListener.NONE, new AtomicBoolean());

            assertThat(broken.imported()).isEqualTo(3);
            assertThat(broken.failed()).isEqualTo(1);
            assertThat(broken.line()).isEqualTo("imported 3, duplicates 0, failed 1");
            ImportFailure failure = broken.failures().get(0);
            assertThat(failure.reason().code()).isEqualTo(FailureCode.SOURCE_INCOMPLETE);
            assertThat(failure.aboutSource()).isTrue();
            assertThat(failure.reason().parameters().get(0)).contains("inbox.mbox");
            assertThat(failure.reason().parameters().get(1)).contains("Input/output error");
            // Kept in the case with its code, for the failures list of the window.
            List<ImportFailure> stored = new MessageRepository(store).failures(10);
            assertThat(stored).extracting(f -> f.reason().code()).containsExactly(FailureCode.SOURCE_INCOMPLETE);
            assertThat(stored.get(0).reason()).isEqualTo(failure.reason());

            ImportSummary again = TestCases.importPaths(store, mbox);
            assertThat(again.line()).isEqualTo("imported 7, duplicates 3, failed 0");
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM messages")).isEqualTo(10);
            assertThat(new IntegrityCheck(store).run()).isEmpty();
        }
    }

    @Test
    void theNextSourceIsStillRead() throws Exception {
        Path first = temp.resolve("first.mbox");
        Path second = temp.resolve("second.mbox");
        SyntheticMailbox.write(first, 5, 1);
        SyntheticMailbox.write(second, 4, 2);
        try (CaseStore store = TestCases.create(temp.resolve("case"))) {
            ImportSummary summary = TestCases.importer().importSources(store,
                    List.of(new FailingReader(new PathReader(first), 0), new PathReader(second)),
                    ImportListener.NONE, new AtomicBoolean());
            assertThat(summary.failures()).extracting(f -> f.reason().code())
                    .containsExactly(FailureCode.SOURCE_INCOMPLETE);
            assertThat(summary.imported()).isEqualTo(4);
        }
    }
}
