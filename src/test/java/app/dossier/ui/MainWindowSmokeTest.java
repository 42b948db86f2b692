package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.app.CompositionRoot;
import app.dossier.app.DossierApp;
import app.dossier.i18n.Messages;
import app.dossier.settings.SettingsStore;
import app.dossier.settings.Theme;
import app.dossier.settings.UserSettings;
import app.dossier.ui.shell.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real window headless, walks through every section, and switches theme and language. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {
    @TempDir
    Path temp;

    private CompositionRoot root;
    private final Messages english = new Messages(Locale.ENGLISH);
    private final Messages german = new Messages(Locale.GERMAN);

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path config = temp.resolve("config");
        root = new CompositionRoot(config, Clock.systemUTC());
        Path existing = temp.resolve("existing.dossier");
        root.caseService().create(existing, "Kessler portal", new char[0]).close();
        // The last case is reopened on start, as a returning user expects.
        new SettingsStore(config).save(UserSettings.DEFAULT
                .withLanguage(app.dossier.settings.Language.ENGLISH).withCaseOpened(existing));
        new DossierApp(root).start(stage);
    }

    @org.junit.jupiter.api.AfterEach
    void closeTheWindow() throws Exception {
        app.dossier.testing.WindowClosing.closeAndWait(stage);
    }

    @Test
    void walksThroughEverySectionAndSwitchesThemeAndLanguage(FxRobot robot) throws Exception {
        waitFor(robot, "#importView");
        // The last case reopens in the background: its title arrives a moment after the window.
        Label caseTitle = robot.lookup("#headerCaseTitle").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "Kessler portal".equals(onFx(caseTitle::getText)));

        for (Section section : Section.values()) {
            robot.clickOn("#nav-" + section.id());
            waitFor(robot, "#" + section.id() + "View");
            if (section != Section.MESSAGES) {
                Label title = robot.lookup("#" + section.id() + "View #sectionTitle").queryAs(Label.class);
                assertThat(title.getText()).isEqualTo(english.get(section.titleKey()));
            }
            assertThat(robot.lookup("#nav-" + section.id()).queryAs(ToggleButton.class).isSelected()).isTrue();
        }

        robot.clickOn("#headerTheme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).containsIgnoringCase("dark");
        assertThat(new SettingsStore(root.configDirectory()).load().theme()).isEqualTo(Theme.DARK);

        robot.clickOn("#headerSettings");
        waitFor(robot, "#settingsLanguage");
        ComboBox<?> language = robot.lookup("#settingsLanguage").queryAs(ComboBox.class);
        robot.interact(() -> language.getSelectionModel().select(app.dossier.settings.Language.GERMAN.ordinal()));
        Button close = (Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.CLOSE);
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-timeline").queryAs(ToggleButton.class).getText())
                .isEqualTo(german.get("section.timeline"));
        assertThat(new SettingsStore(root.configDirectory()).load().language())
                .isEqualTo(app.dossier.settings.Language.GERMAN);
    }

    @Test
    void createsANewCaseThroughTheDialog(FxRobot robot) throws Exception {
        waitFor(robot, "#importView");
        robot.clickOn("#headerNewCase");
        waitFor(robot, "#newCaseTitle");
        robot.clickOn("#newCaseTitle").write("Breach Sept 2026");
        robot.interact(() -> robot.lookup("#newCaseFolder").queryAs(javafx.scene.control.TextField.class)
                .setText(temp.toString()));
        Node ok = robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () ->
                "Breach Sept 2026".equals(robot.lookup("#headerCaseTitle").queryAs(Label.class).getText()));
        assertThat(temp.resolve("Breach Sept 2026.dossier").resolve("case.mv.db")).isRegularFile();
        // The recent cases are saved after the case is shown: on a busy machine that can take a moment.
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> new SettingsStore(root.configDirectory()).load().lastCase()
                .equals(java.util.Optional.of(temp.resolve("Breach Sept 2026.dossier"))));
        assertThat(Files.exists(temp.resolve("existing.dossier"))).isTrue();
    }

    @Test
    void opensTheSampleCaseAndReadsItsMail(FxRobot robot) throws Exception {
        waitFor(robot, "#importView");
        robot.clickOn("#headerCloseCase");
        waitFor(robot, "#startView");
        robot.clickOn("#startSample");
        robot.clickOn(english.get("start.sample.en"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () ->
                english.get("sample.title.en").equals(robot.lookup("#headerCaseTitle").queryAs(Label.class).getText()));
        robot.clickOn("#nav-messages");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#messagesCount").tryQuery().isPresent()
                && english.format("messages.count", 26, 26)
                .equals(robot.lookup("#messagesCount").queryAs(Label.class).getText()));
        javafx.scene.control.TableView<?> table = robot.lookup("#messagesTable").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#messageText")
                .queryAs(javafx.scene.control.TextArea.class).getText().isEmpty());
        assertThat(robot.lookup("#messageText").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("two-factor authentication");

        robot.clickOn("#messagesSearch").write("\"scenario A\"");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> table.getItems().size() < 26 && !table.getItems().isEmpty());
        assertThat(table.getItems().size()).isBetween(1, 6);

        robot.clickOn("#nav-timeline");
        javafx.scene.control.ListView<?> rows = robot.lookup("#timelineList").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> rows.getItems().size() > 20);
        // The list changes on the FX thread while the timeline rebuilds: read it there.
        java.util.function.Supplier<app.dossier.model.TimelineEvent> firstEvent = () -> onFx(() -> rows.getItems().stream()
                .filter(r -> r instanceof app.dossier.ui.timeline.TimelineRow.Event)
                .map(r -> ((app.dossier.ui.timeline.TimelineRow.Event) r).event()).findFirst().orElseThrow());
        assertThat(onFx(() -> rows.getItems().get(0))).as("the list starts with a day heading")
                .isInstanceOf(app.dossier.ui.timeline.TimelineRow.Day.class);
        assertThat(firstEvent.get().kind()).isEqualTo(app.dossier.model.EventKind.REQUEST);
        robot.clickOn("#timelineList");
        robot.interact(() -> {
            rows.getSelectionModel().clearAndSelect(1);
            rows.requestFocus();
        });
        javafx.scene.control.TextArea source = robot.lookup("#timelineSource").queryAs(javafx.scene.control.TextArea.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !source.getSelectedText().isEmpty());
        assertThat(source.getSelectedText().replaceAll("\\s+", " ")).isEqualTo(firstEvent.get().key());
        robot.type(javafx.scene.input.KeyCode.W);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> firstEvent.get().kind() == app.dossier.model.EventKind.WARNING);

        // E edits the chosen event's time; the decision is kept and the event moves.
        java.time.OffsetDateTime before = firstEvent.get().time();
        robot.interact(() -> {
            rows.getSelectionModel().clearAndSelect(1);
            rows.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.E);
        waitFor(robot, "#eventTime");
        javafx.scene.control.TextField time = robot.lookup("#eventTime").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> time.setText("06:15"));
        robot.interact(() -> ((javafx.scene.control.Button) time.getScene().lookup(".dialog-pane")
                .lookupAll(".button").stream().filter(b -> ((javafx.scene.control.Button) b).isDefaultButton())
                .findFirst().orElseThrow()).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> firstEvent.get().time().toLocalTime()
                .equals(java.time.LocalTime.of(6, 15)));
        assertThat(firstEvent.get().time().toLocalDate()).isEqualTo(before.toLocalDate());

        javafx.scene.control.ListView<?> chain = robot.lookup("#timelineChain").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> chain.getItems().stream()
                .map(p -> (app.dossier.model.ChangeProof) p)
                .anyMatch(p -> p.change().has(app.dossier.model.FactType.APPROVED_BEFORE))));

        // The review queue: the least certain reading first; Enter confirms it, it is marked and leaves the queue.
        javafx.scene.control.ListView<?> review = robot.lookup("#timelineReview").queryAs(javafx.scene.control.ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !review.getItems().isEmpty()));
        app.dossier.model.TimelineEvent head = onFx(() -> (app.dossier.model.TimelineEvent) review.getItems().get(0));
        assertThat(onFx(() -> review.getItems().stream().map(e -> (app.dossier.model.TimelineEvent) e)
                .filter(e -> e.kind() != app.dossier.model.EventKind.OTHER).map(e -> e.confidence())
                .toList())).as("the least certain reading first").isSorted();
        robot.interact(() -> {
            review.getSelectionModel().clearAndSelect(0);
            review.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> rows.getItems().stream()
                .filter(r -> r instanceof app.dossier.ui.timeline.TimelineRow.Event)
                .map(r -> ((app.dossier.ui.timeline.TimelineRow.Event) r).event())
                .anyMatch(e -> e.sourceId() == head.sourceId() && e.detectedKind() == head.detectedKind()
                        && e.review() == app.dossier.model.Review.CONFIRMED)));
        assertThat(onFx(() -> review.getItems().contains(head))).isFalse();

        // An event added by hand (a phone call) joins the timeline.
        robot.clickOn("#timelineAdd");
        waitFor(robot, "#eventText");
        javafx.scene.control.TextArea said = robot.lookup("#eventText").queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> {
            said.setText("Phone call: Miriam agrees to the change");
            ((javafx.scene.control.ComboBox<app.dossier.model.EventKind>) robot.lookup("#eventKind")
                    .queryAs(javafx.scene.control.ComboBox.class)).setValue(app.dossier.model.EventKind.APPROVAL);
            ((javafx.scene.control.Button) said.getScene().lookup(".dialog-pane").lookupAll(".button").stream()
                    .filter(b -> ((javafx.scene.control.Button) b).isDefaultButton()).findFirst().orElseThrow()).fire();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> rows.getItems().stream()
                .filter(r -> r instanceof app.dossier.ui.timeline.TimelineRow.Event)
                .map(r -> ((app.dossier.ui.timeline.TimelineRow.Event) r).event())
                .anyMatch(e -> e.source() == app.dossier.model.EventSource.MANUAL && e.kind() == app.dossier.model.EventKind.APPROVAL)));

        // The person filter narrows list and chart to what involves that person.
        javafx.scene.control.ComboBox<?> person = robot.lookup("#timelinePerson").queryAs(javafx.scene.control.ComboBox.class);
        int all = onFx(() -> rows.getItems().size());
        robot.interact(() -> ((javafx.scene.control.ComboBox<String>) person).setValue("Markus Wendt <markus.wendt@kessler-logistik.de>"));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> rows.getItems().size()) < all);
        assertThat(onFx(() -> rows.getItems().stream().filter(r -> r instanceof app.dossier.ui.timeline.TimelineRow.Event)
                .map(r -> ((app.dossier.ui.timeline.TimelineRow.Event) r).event())
                .allMatch(e -> (e.actor() + e.audience()).contains("markus.wendt")))).isTrue();
        assertThat(robot.lookup("#timelineChart").query().getBoundsInLocal().getHeight()).isGreaterThan(100);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }
}
