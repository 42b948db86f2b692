package app.dossier.ui.importing;

import static app.dossier.testing.Eventually.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.i18n.Messages;
import app.dossier.ingest.source.PathReader;
import app.dossier.mailbox.MessageService;
import app.dossier.model.FailureCode;
import app.dossier.testing.FailingReader;
import app.dossier.testing.SessionFixture;
import app.dossier.testing.SyntheticMailbox;
import app.dossier.testing.TestCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import section's view model on a real case, without the FX toolkit. */
class ImportViewModelTest {
    @TempDir
    Path temp;

    private SessionFixture fixture;
    private ImportViewModel model;
    private final AtomicInteger caseChanged = new AtomicInteger();
    private final Messages english = new Messages(Locale.ENGLISH);
    private final Messages german = new Messages(Locale.GERMAN);

    @BeforeEach
    void open() {
        fixture = new SessionFixture(temp.resolve("case.dossier"));
        model = new ImportViewModel(fixture.imports, new MessageService(TestCases.BERLIN), fixture.tasks,
                fixture.openCase, caseChanged::incrementAndGet);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void awaitEnd(int imports) {
        waitFor("import " + imports + " to end", () -> model.importsEndedProperty().get() == imports
                && !model.runningProperty().get());
    }

    @Test
    void showsProgressWhileRunningAndTheResultAfterwards() throws Exception {
        Path mbox = temp.resolve("inbox.mbox");
        SyntheticMailbox.write(mbox, 1500, 3);
        List<String> progress = new CopyOnWriteArrayList<>();
        fixture.tasks.messageProperty().addListener((obs, old, now) -> progress.add(now));

        model.importPaths(List.of(mbox), english);
        assertThat(model.runningProperty().get()).isTrue();
        awaitEnd(1);

        assertThat(model.resultProperty().get()).isEqualTo("Imported 1,500, duplicates 0, failed 0.");
        assertThat(progress).anyMatch(text -> text.matches("[0-9,]+ items, .* MB, .* per second"));
        assertThat(fixture.tasks.runningProperty().get()).isFalse();
        assertThat(caseChanged.get()).isEqualTo(1);
        assertThat(fixture.tasks.problems()).isEmpty();
    }

    @Test
    void itemsThatCannotBeReadAreListedInTheUsersLanguage() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("mixed"));
        Files.writeString(folder.resolve("empty.eml"), "");
        Files.write(folder.resolve("noise.bin"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        model.importPaths(List.of(folder), german);
        awaitEnd(1);
        waitFor("the failures list", () -> model.failures().size() == 2);
        assertThat(model.failures()).extracting(f -> f.reason().code())
                .containsExactlyInAnyOrder(FailureCode.FILE_EMPTY, FailureCode.UNKNOWN_FORMAT);
        assertThat(model.resultProperty().get()).isEqualTo("Importiert 0, Duplikate 0, fehlgeschlagen 2.");
    }

    @Test
    void aReaderThatThrowsIsSaidInTheResultAndListedAndImportingAgainCompletesIt() throws Exception {
        Path mbox = temp.resolve("inbox.mbox");
        SyntheticMailbox.write(mbox, 12, 5);
        model.importReaders(List.of(new FailingReader(new PathReader(mbox), 4)), english);
        awaitEnd(1);
        assertThat(model.resultProperty().get()).startsWith("Imported 4, duplicates 0, failed 1.")
                .contains("Not complete:", mbox.toString(), "was not read to its end", "Input/output error");
        waitFor("the failures list", () -> model.failures().size() == 1);
        assertThat(model.failures().get(0).reason().code()).isEqualTo(FailureCode.SOURCE_INCOMPLETE);

        model.importPaths(List.of(mbox), english);
        awaitEnd(2);
        assertThat(model.resultProperty().get()).isEqualTo("Imported 8, duplicates 4, failed 0.");
        assertThat(fixture.open().counts().messages()).isEqualTo(12);
    }

    @Test
    void aFailedImportIsSaidAndReachesTheProblemsList() throws Exception {
        Path mbox = temp.resolve("inbox.mbox");
        SyntheticMailbox.write(mbox, 20, 5);
        fixture.open().store().close(); // the disk goes away under the running case
        model.importPaths(List.of(mbox), english);
        awaitEnd(1);
        assertThat(model.resultProperty().get()).startsWith("The import stopped: The case ")
                .doesNotContain("Exception");
        assertThat(fixture.tasks.problems()).extracting(p -> p.activityKey()).contains("activity.import");
        assertThat(fixture.tasks.lastProblemProperty().get()).isNotNull();
    }
}
