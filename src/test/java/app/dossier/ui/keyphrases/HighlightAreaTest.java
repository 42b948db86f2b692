package app.dossier.ui.keyphrases;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.Highlight;
import app.dossier.model.PhraseCategory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The text area paints found phrases in their colours, line by line, leaves lost ones alone and then rests. */
@ExtendWith(ApplicationExtension.class)
class HighlightAreaTest {
    private static final String TEXT = "Mr Becker,\n\nTHE CHANGES WILL BE DONE BY WEDNESDAY. PERIOD. If not, we will sue\n"
            + "Nordlicht for incompetence.\nBe prepared to face very serious consequences.\n";
    private HighlightArea area;

    @Start
    void start(Stage stage) {
        area = new HighlightArea();
        area.setText(TEXT);
        stage.setScene(new Scene(area, 700, 300));
        stage.show();
    }

    private static Highlight phrase(String quote, PhraseCategory category, boolean anchored) {
        int start = TEXT.indexOf(quote);
        return new Highlight(1, SourceKind.MESSAGE, 1, quote, "", "", start, start + quote.length(), category, "", "",
                anchored, 1, false);
    }

    private Set<Node> marks() {
        return onFx(() -> area.lookupAll(".phrase-mark").stream().collect(Collectors.toSet()));
    }

    @Test
    void paintsEachFoundPhraseInItsColourAndNotTheLostOnes() throws Exception {
        Highlight across = phrase("PERIOD. If not, we will sue\nNordlicht", PhraseCategory.THEIR_WORDS, true);
        Highlight lost = phrase("Be prepared to face", PhraseCategory.THREAT, false);
        robot().interact(() -> area.highlights().setAll(List.of(across, lost)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> marks().size() == 2);
        assertThat(marks()).as("one shape per line of the phrase that spans a line break, none for the lost one")
                .hasSize(2).allSatisfy(n -> assertThat(((Color) ((Path) n).getFill()).getRed())
                        .isEqualTo(PhraseColors.marker(PhraseCategory.THEIR_WORDS).getRed()));
        Set<Node> first = marks();
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        assertThat(marks()).as("no redrawing while nothing changes").isEqualTo(first);

        robot().interact(() -> area.setPrefWidth(300));
        robot().interact(() -> area.getScene().getWindow().setWidth(320));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !marks().equals(first));
        assertThat(marks().size()).as("narrower: the phrase wraps onto more lines").isGreaterThanOrEqualTo(2);
        robot().interact(() -> area.highlights().clear());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> marks().isEmpty());
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
