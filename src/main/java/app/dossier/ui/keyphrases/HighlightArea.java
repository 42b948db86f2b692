package app.dossier.ui.keyphrases;

import app.dossier.model.Highlight;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Skin;
import javafx.scene.control.TextArea;

/**
 * A read-only text area that paints key phrases in their category's colour over the words, and
 * keeps everything a text area gives: selection by mouse and keyboard, copy, scrolling, wrapping,
 * accessibility (docs/decisions/0016-key-phrase-anchors-and-highlights.md). Phrases not found for sure are
 * not painted.
 */
public final class HighlightArea extends TextArea {
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();

    public HighlightArea() {
        setEditable(false);
        setWrapText(true);
        getStyleClass().add("highlight-area");
    }

    /** The key phrases to paint; positions refer to this area's text. */
    public ObservableList<Highlight> highlights() {
        return highlights;
    }

    /** Selects a phrase's words and scrolls them into view. */
    public void reveal(int start, int end) {
        if (end <= getLength()) {
            selectRange(start, end);
            if (getSkin() instanceof HighlightSkin skin) {
                skin.scrollTo(start);
            }
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new HighlightSkin(this);
    }

    /** The pieces of {@code [start, end)} within single lines of {@code text}: a painted shape cannot span paragraphs. */
    static List<int[]> lineSegments(String text, int start, int end) {
        java.util.List<int[]> segments = new java.util.ArrayList<>();
        int from = start;
        for (int i = start; i < end && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (i > from) {
                    segments.add(new int[] {from, i});
                }
                from = i + 1;
            }
        }
        int to = Math.min(end, text.length());
        if (to > from) {
            segments.add(new int[] {from, to});
        }
        return segments;
    }
}
