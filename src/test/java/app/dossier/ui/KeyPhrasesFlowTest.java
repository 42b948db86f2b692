package app.dossier.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.app.CompositionRoot;
import app.dossier.app.DossierApp;
import app.dossier.cases.OpenCase;
import app.dossier.model.MessageSummary;
import app.dossier.model.PhraseCategory;
import app.dossier.model.QuoteCard;
import app.dossier.settings.SettingsStore;
import app.dossier.settings.UserSettings;
import app.dossier.testing.SharedData;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A user's way through key phrases in the real window, on the scenario's mail: select words of
 * the threat of 9 March with the mouse, tag them with one key, find the card in the Key phrases
 * section, copy its citation and read it back from the clipboard.
 */
@ExtendWith(ApplicationExtension.class)
class KeyPhrasesFlowTest {
    private static final String QUOTE = "Be prepared to face very serious consequences.";

    @TempDir
    Path temp;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path config = temp.resolve("config");
        CompositionRoot root = new CompositionRoot(config, Clock.systemUTC());
        Path location = temp.resolve("scenario.dossier");
        if (SharedData.isPresent()) {
            try (OpenCase open = root.caseService().create(location, "Scenario", new char[0])) {
                TestCases.importPaths(open.store(), SharedData.scenario().resolve("en"));
            }
            new SettingsStore(config).save(UserSettings.DEFAULT.withLanguage(app.dossier.settings.Language.ENGLISH)
                    .withCaseOpened(location));
        }
        new DossierApp(root).start(stage);
    }

    @org.junit.jupiter.api.AfterEach
    void closeTheWindow() throws Exception {
        app.dossier.testing.WindowClosing.closeAndWait(stage);
    }

    @Test
    void selectsWordsTagsThemWithOneKeyAndCopiesTheCitation(FxRobot robot) throws Exception {
        SharedData.scenario();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#headerCaseTitle").tryQuery()
                .map(n -> "Scenario".equals(onFx(((Label) n)::getText))).orElse(false));
        robot.clickOn("#nav-messages");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#messagesTable").tryQuery()
                .map(n -> onFx(() -> ((TableView<?>) n).getItems().size()) == 26).orElse(false));
        @SuppressWarnings("unchecked")
        TableView<MessageSummary> table = robot.lookup("#messagesTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(m -> m.from().equals("Markus Wendt") && m.sentAt().getDayOfMonth() == 9).findFirst().orElseThrow()));
        TextArea text = robot.lookup("#messageText").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(text::getText).contains(QUOTE));

        // Select the words with the mouse, from the first letter to the last.
        int start = onFx(() -> text.getText().indexOf(QUOTE));
        Point2D from = onFx(() -> screenPoint(text, start, true));
        Point2D to = onFx(() -> screenPoint(text, start + QUOTE.length() - 1, false));
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(text::getSelectedText)).isEqualTo(QUOTE);

        robot.type(KeyCode.DIGIT1); // 1: their words
        Label status = robot.lookup("#phrasesStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(status::getText).startsWith("Tagged as Their words"));

        robot.clickOn("#nav-keyPhrases");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#phraseCards").tryQuery()
                .map(n -> onFx(() -> ((ListView<?>) n).getItems().size()) == 1).orElse(false));
        @SuppressWarnings("unchecked")
        ListView<QuoteCard> cards = robot.lookup("#phraseCards").queryAs(ListView.class);
        QuoteCard card = onFx(() -> cards.getItems().get(0));
        assertThat(card.quote()).isEqualTo(QUOTE);
        assertThat(card.category()).isEqualTo(PhraseCategory.THEIR_WORDS);

        robot.clickOn(robot.lookup("#phraseCards #copyCitation").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        String copied = onFx(() -> Clipboard.getSystemClipboard().getString());
        assertThat(copied).isEqualTo("\u201c" + QUOTE + "\u201d \u2014 Markus Wendt to Jonas Becker, 9 Mar 2026 07:58 +01:00, "
                + "Message-ID <0F9DB956-4292-46EE-9D04-DA0703B85948@kessler-logistik.de>, exhibit 13, SHA-256 "
                + card.sha256().substring(0, 8) + "\u2026");

        // Ctrl+Z in the section takes the key phrase back; the card goes.
        robot.clickOn("#phraseCards");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> cards.getItems().isEmpty()));
    }

    @Test
    void theSampleCaseFromTheStartScreenComesWithCards(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#headerCloseCase").tryQuery().isPresent());
        robot.clickOn("#headerCloseCase");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#startSample").tryQuery().isPresent());
        robot.clickOn("#startSample");
        robot.clickOn(new app.dossier.i18n.Messages(java.util.Locale.ENGLISH).get("start.sample.en"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#headerCaseTitle").tryQuery()
                .map(n -> onFx(((Label) n)::getText).equals(new app.dossier.i18n.Messages(java.util.Locale.ENGLISH)
                        .get("sample.title.en"))).orElse(false));
        robot.clickOn("#nav-keyPhrases");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#phraseCards").tryQuery()
                .map(n -> onFx(() -> ((ListView<?>) n).getItems().size()) == 5).orElse(false));
        @SuppressWarnings("unchecked")
        ListView<QuoteCard> cards = robot.lookup("#phraseCards").queryAs(ListView.class);
        assertThat(onFx(() -> cards.getItems().stream().map(QuoteCard::category).toList())).contains(
                PhraseCategory.THEIR_WORDS, PhraseCategory.MY_WARNING, PhraseCategory.APPROVAL, PhraseCategory.THREAT);

        // Alt+Down moves the chosen card one place down, in the user's order.
        long first = onFx(() -> cards.getItems().get(0).id());
        robot.interact(() -> {
            cards.getSelectionModel().select(0);
            cards.requestFocus();
        });
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> cards.getItems().get(1).id()) == first);

        // A on a suggestion accepts it: a sixth card.
        @SuppressWarnings("unchecked")
        ListView<app.dossier.model.PhraseSuggestion> suggestions = robot.lookup("#phraseSuggestions").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !onFx(() -> suggestions.getItems().isEmpty()));
        robot.interact(() -> {
            suggestions.getSelectionModel().select(0);
            suggestions.requestFocus();
        });
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> cards.getItems().size()) == 6);
    }

    @Test
    void aNewCaseAsksWhoTheUserIs(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#headerNewCase").tryQuery().isPresent());
        robot.clickOn("#headerNewCase");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#newCaseMe").tryQuery().isPresent());
        robot.clickOn("#newCaseTitle").write("Mine");
        robot.interact(() -> robot.lookup("#newCaseFolder").queryAs(javafx.scene.control.TextField.class)
                .setText(temp.toString()));
        robot.clickOn("#newCaseMe").write("jonas.becker@nordlicht-software.de");
        javafx.scene.Node ok = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.OK);
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "Mine".equals(onFx(() -> robot.lookup("#headerCaseTitle")
                .queryAs(Label.class).getText())));
        robot.clickOn("#headerCloseCase");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#startView").tryQuery().isPresent());
        CompositionRoot other = new CompositionRoot(temp.resolve("other-config"), Clock.systemUTC());
        try (OpenCase mine = other.caseService().open(temp.resolve("Mine.dossier"), new char[0])) {
            assertThat(other.keyPhraseService().chosenMe(mine)).containsExactly("jonas.becker@nordlicht-software.de");
        }
    }

    /** A point on the screen just inside the left (or right) edge of a character of the text area. */
    private static Point2D screenPoint(TextArea area, int index, boolean left) {
        Rectangle2D c = ((TextAreaSkin) area.getSkin()).getCharacterBounds(index);
        double x = left ? c.getMinX() + 1 : c.getMaxX() - 1;
        // The skin measures characters in its scrolled content, whose place in the area the padding decides.
        javafx.scene.Node content = area.lookup(".content");
        return content.localToScreen(x, c.getMinY() + c.getHeight() / 2);
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
