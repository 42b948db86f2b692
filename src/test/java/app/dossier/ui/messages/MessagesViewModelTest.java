package app.dossier.ui.messages;

import static app.dossier.testing.Eventually.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.mailbox.MessageService;
import app.dossier.model.MessageSummary;
import app.dossier.testing.SessionFixture;
import app.dossier.testing.TestCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages section's view model on the sample case, without the FX toolkit. */
class MessagesViewModelTest {
    @TempDir
    Path temp;

    private SessionFixture fixture;
    private MessagesViewModel model;

    @BeforeEach
    void open() throws Exception {
        fixture = new SessionFixture(temp.resolve("case.dossier")).withSample();
        model = new MessagesViewModel(new MessageService(TestCases.BERLIN), fixture.tasks, fixture.openCase,
                fixture.messages);
        model.reload();
        waitFor("the list", () -> model.total() > 0);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void searchNarrowsTheListAndAnEmptyQueryShowsAllAgain() {
        int all = model.total();
        model.queryProperty().set("summer party");
        model.search();
        waitFor("the search", () -> model.visible().size() < all);
        assertThat(model.visible()).anyMatch(m -> m.subject().contains("summer party"));
        model.queryProperty().set("");
        model.search();
        waitFor("all again", () -> model.visible().size() == all);
    }

    @Test
    void choosingAMessageLoadsItAndExportIsOffTheCallersThread() throws Exception {
        MessageSummary first = model.all().get(0);
        model.selectedProperty().set(first);
        waitFor("the detail", () -> model.detailProperty().get() != null);
        assertThat(model.detailProperty().get().summary()).isEqualTo(first);
        assertThat(model.statusProperty().get()).isEmpty();

        long original = model.detailProperty().get().originals().get(0).id();
        Path target = temp.resolve("out.eml");
        AtomicReference<String> outcome = new AtomicReference<>();
        model.exportOriginal(original, target, reason -> outcome.set(reason == null ? "ok" : reason));
        waitFor("the export", () -> outcome.get() != null);
        assertThat(outcome.get()).isEqualTo("ok");
        assertThat(Files.size(target)).isPositive();

        AtomicReference<String> denied = new AtomicReference<>();
        Path aFolder = Files.createDirectories(temp.resolve("a-folder"));
        Files.writeString(aFolder.resolve("keep.txt"), "a folder with a file in it is never replaced");
        model.exportOriginal(original, aFolder, // a folder cannot be overwritten with a file
                reason -> denied.set(reason == null ? "ok" : reason));
        waitFor("the failed export", () -> denied.get() != null);
        assertThat(denied.get()).isNotEqualTo("ok").doesNotContain("Exception");
    }

    @Test
    void aMessageThatCannotBeLoadedIsSaid() {
        MessageSummary first = model.all().get(0);
        fixture.open().store().close(); // the case's files become unreadable under the window
        model.selectedProperty().set(first);
        waitFor("the failure", () -> !model.statusProperty().get().isEmpty());
        assertThat(model.statusProperty().get()).startsWith("The message could not be opened: The case ")
                .doesNotContain("Exception");
        assertThat(model.detailProperty().get()).isNull();
        assertThat(fixture.tasks.problems()).extracting(p -> p.activityKey()).contains("activity.openMessage");
    }
}
