package app.dossier.ui.keyphrases;

import app.dossier.model.Highlight;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * The text area's own skin plus one translucent shape per phrase and line, placed with the skin's
 * highlight hooks (the ones input methods use), so the marks follow wrapping, fonts and scrolling.
 * The shapes are unmanaged and redrawn after the text is laid out.
 */
final class HighlightSkin extends TextAreaSkin {
    private final HighlightArea area;
    private final List<Path> shapes = new ArrayList<>();
    private boolean pending;

    HighlightSkin(HighlightArea area) {
        super(area);
        this.area = area;
        area.highlights().addListener((ListChangeListener<Highlight>) c -> later());
        area.textProperty().addListener((obs, old, now) -> later());
        area.widthProperty().addListener((obs, old, now) -> later());
        area.fontProperty().addListener((obs, old, now) -> later());
        content().filter(n -> n instanceof javafx.scene.Parent).map(n -> (javafx.scene.Parent) n).ifPresent(content -> content.needsLayoutProperty().addListener((obs, old, now) -> {
            if (!now) {
                redraw();
            }
        }));
    }

    private java.util.Optional<Node> content() {
        return getChildren().stream().filter(n -> n instanceof ScrollPane).map(n -> ((ScrollPane) n).getContent())
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** After the next layout: the paragraphs must have their places before shapes can be put on them. */
    private void later() {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                redraw();
            });
        }
    }

    private void redraw() {
        removeHighlight(shapes);
        shapes.clear();
        String text = area.getText() == null ? "" : area.getText();
        for (Highlight h : area.highlights()) {
            if (!h.anchored() || h.end() > text.length()) {
                continue;
            }
            for (int[] segment : HighlightArea.lineSegments(text, h.start(), h.end())) {
                PathElement[] elements = getRangeShape(segment[0], segment[1]);
                if (elements == null || elements.length == 0) {
                    continue;
                }
                Path shape = new Path(elements);
                shape.setManaged(false);
                shape.setMouseTransparent(true);
                shape.setStroke(null);
                shape.setFill(PhraseColors.marker(h.category()));
                shape.getStyleClass().add("phrase-mark");
                shapes.add(shape);
                addHighlight(List.of(shape), segment[0]);
            }
        }
    }

    void scrollTo(int index) {
        scrollCharacterToVisible(index);
    }
}
