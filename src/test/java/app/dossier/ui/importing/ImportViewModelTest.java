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
    private final java.util.concurrent.atomic.AtomicLong keepPstBytes = new java.util.concurrent.atomic.AtomicLong(
            app.dossier.settings.UserSettings.DEFAULT.keepPstUnderBytes());
    private final Messages english = new Messages(Locale.ENGLISH);
    private final Messages german = new Messages(Locale.GERMAN);

    @BeforeEach
    void open() {
        fixture = new SessionFixture(temp.resolve("case.dossier"));
        model = new ImportViewModel(fixture.imports, new MessageService(TestCases.BERLIN), fixture.tasks,
                fixture.openCase, caseChanged::incrementAndGet, keepPstBytes::get);
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

    @Test
    void anOutlookDataFileIsKeptWholeOnlyUpToTheLimitTheUserSet() throws Exception {
        Path pst = temp.resolve("archiv.pst");
        try (app.dossier.testing.pst.PstWriter w = new app.dossier.testing.pst.PstWriter(pst, "Archiv")) {
            w.add(w.folder(w.top(), "Posteingang"), app.dossier.testing.pst.PstWriter.Item.mail("Freigabe", "Eva",
                    "eva@example.de", java.time.Instant.parse("2024-03-01T09:15:00Z"), "Bitte freigeben."));
        }
        keepPstBytes.set(0);
        model.importPaths(List.of(pst), english);
        awaitEnd(1);
        assertThat(model.resultProperty().get()).isEqualTo("Imported 1, duplicates 0, failed 0.");
        String kept = "SELECT COUNT(*) FROM originals WHERE format = 'CONTAINER'";
        assertThat(TestCases.count(fixture.open().store(), kept)).isZero();

        keepPstBytes.set(app.dossier.settings.UserSettings.DEFAULT.keepPstUnderBytes());
        model.importPaths(List.of(pst), english);
        awaitEnd(2);
        assertThat(model.resultProperty().get()).as("the mail is already there; the file itself is now kept")
                .isEqualTo("Imported 1, duplicates 1, failed 0.");
        assertThat(fixture.open().counts().messages()).isEqualTo(1);
        assertThat(TestCases.count(fixture.open().store(), kept)).isEqualTo(1);
    }

    @Test
    void aFolderOfAnotherMailProgramIsSaidOnceInTheResultInTheUsersLanguage() throws Exception {
        Path maildir = temp.resolve("Mail");
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(maildir.resolve(sub));
        }
        Files.writeString(maildir.resolve("cur/1.host:2,S"), "From: a@example.org\nMessage-ID: <1@x>\n\nhello\n");
        Path xapian = Files.createDirectories(maildir.resolve(".notmuch/xapian"));
        for (int i = 0; i < 3; i++) {
            Files.write(xapian.resolve("postlist." + i + ".glass"), new byte[] {0, 1, 2, (byte) i});
        }
        model.importPaths(List.of(maildir), german);
        awaitEnd(1);
        assertThat(model.resultProperty().get()).endsWith(" Ordner " + maildir.resolve(".notmuch")
                + " übersprungen: Er gehört zu einem anderen Mailprogramm.");
        waitFor("the failures list", () -> !model.runningProperty().get());
        assertThat(model.failures()).as("left out on purpose, not a failure").isEmpty();

        Path second = temp.resolve("Mail2");
        Files.createDirectories(second.resolve(".notmuch"));
        Files.write(second.resolve(".notmuch/x.glass"), new byte[] {9});
        model.importPaths(List.of(second), english);
        awaitEnd(2);
        assertThat(model.resultProperty().get()).isEqualTo("Imported 0, duplicates 0, failed 0. Skipped folder "
                + second.resolve(".notmuch") + ": it belongs to another mail program.");
    }
}
