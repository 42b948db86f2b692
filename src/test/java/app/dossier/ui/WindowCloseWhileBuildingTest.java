package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.app.CompositionRoot;
import app.dossier.app.DossierApp;
import app.dossier.cases.OpenCase;
import app.dossier.ingest.ImportListener;
import app.dossier.ingest.source.PathReader;
import app.dossier.settings.SettingsStore;
import app.dossier.settings.UserSettings;
import app.dossier.testing.SyntheticMailbox;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window while the first timeline build runs: the build stops, then the case closes, and it opens again. */
@ExtendWith(ApplicationExtension.class)
class WindowCloseWhileBuildingTest {
    @TempDir
    Path temp;

    private CompositionRoot root;
    private Stage stage;
    private Path location;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path config = temp.resolve("config");
        root = new CompositionRoot(config, Clock.systemUTC());
        location = temp.resolve("big.dossier");
        Path mbox = temp.resolve("big.mbox");
        SyntheticMailbox.write(mbox, 3000, 5);
        try (OpenCase created = root.caseService().create(location, "Big", new char[0])) {
            root.importService().importInto(created, List.of(new PathReader(mbox)), ImportListener.NONE,
                    new AtomicBoolean());
        }
        new SettingsStore(config).save(UserSettings.DEFAULT
                .withLanguage(app.dossier.settings.Language.ENGLISH).withCaseOpened(location));
        new DossierApp(root).start(stage);
    }

    @org.junit.jupiter.api.AfterEach
    void closeTheWindow() throws Exception {
        app.dossier.testing.WindowClosing.closeAndWait(stage);
    }

    @Test
    void closingTheWindowDuringABuildClosesTheCaseAfterTheBuildStopped(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Big".equals(robot.lookup("#headerCaseTitle")
                .queryAs(Label.class).getText()));
        robot.clickOn("#nav-timeline");
        Label task = robot.lookup("#statusTask").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> task.getText().startsWith("Building the timeline")
                || task.getText().startsWith("Reading messages for the timeline"));

        // The window asks first; keeping on working leaves the window and the build as they were.
        requestClose(robot);
        assertThat(robot.lookup("#stopWorkDialog").queryAs(DialogPane.class).getContentText())
                .isEqualTo("The timeline is being built. Stop it and close?");
        answer(robot, "#stopWorkKeep");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
        assertThat(task.getText()).as("the build goes on").isNotEmpty();

        requestClose(robot);
        answer(robot, "#stopWorkStop");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).as("the window waits for the case to close").isTrue();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !stage.isShowing());

        try (OpenCase again = root.caseService().open(location, new char[0])) { // no lock left behind
            assertThat(again.counts().messages()).isEqualTo(3000);
        }
    }

    private static void answer(FxRobot robot, String button) {
        javafx.scene.control.Button chosen = robot.lookup(button).queryAs(javafx.scene.control.Button.class);
        robot.interact(chosen::fire);
    }

    /** Asks the window to close; later, since the question's dialog waits for an answer. */
    private void requestClose(FxRobot robot) throws Exception {
        javafx.application.Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#stopWorkDialog").tryQuery()
                .map(pane -> pane.getScene() != null && pane.getScene().getWindow().isShowing()).orElse(false));
    }
}
