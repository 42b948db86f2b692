package app.dossier.ui.keyphrases;

import app.dossier.i18n.Messages;
import app.dossier.keyphrases.Citations;
import app.dossier.model.Highlight;
import app.dossier.model.PhraseCategory;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/**
 * Tagging on a {@link HighlightArea}, keyboard first: select words, then 1–6 for a category, 7 for
 * one of the user's own, N for a note, Delete to untag, Ctrl+Z / Ctrl+Shift+Z to undo and redo.
 * The same from the context menu and from a small toolbar that shows the keys.
 */
public final class TaggingControls {
    /** The categories on keys 1–6, in this order; 7 asks for an own category. */
    static final List<PhraseCategory> KEYED = List.of(PhraseCategory.THEIR_WORDS, PhraseCategory.MY_WARNING,
            PhraseCategory.APPROVAL, PhraseCategory.THREAT, PhraseCategory.INSTRUCTION, PhraseCategory.ADMISSION_RISK);

    private final HighlightArea area;
    private final SourceTagging tagging;
    private final Messages messages;
    private final Citations citations;

    private TaggingControls(HighlightArea area, SourceTagging tagging, Messages messages) {
        this.area = area;
        this.tagging = tagging;
        this.messages = messages;
        this.citations = new Citations(messages, java.time.ZoneId.systemDefault());
    }

    /** Wires {@code area} to {@code tagging} and returns the toolbar to put above it. */
    public static VBox install(HighlightArea area, SourceTagging tagging, Messages messages) {
        TaggingControls controls = new TaggingControls(area, tagging, messages);
        area.addEventFilter(KeyEvent.KEY_PRESSED, controls::onKey);
        area.setContextMenu(controls.menu());
        area.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                e -> area.setContextMenu(controls.menu()));
        // The tagging outlives views rebuilt on a language switch: listen weakly, the area holds the listener.
        javafx.collections.ListChangeListener<Highlight> paint = c -> area.highlights().setAll(tagging.highlights());
        area.getProperties().put(TaggingControls.class, paint);
        tagging.highlights().addListener(new javafx.collections.WeakListChangeListener<>(paint));
        area.highlights().setAll(tagging.highlights());
        area.setAccessibleHelp(messages.get("phrases.keys"));
        return controls.toolbar();
    }

    private VBox toolbar() {
        FlowPane buttons = new FlowPane(6, 4);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < KEYED.size(); i++) {
            PhraseCategory c = KEYED.get(i);
            Button b = new Button((i + 1) + " " + citations.category(c, ""), swatch(c));
            b.setId("tag-" + c.name());
            b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            b.setFocusTraversable(false);
            b.setOnAction(e -> tag(c, ""));
            buttons.getChildren().add(b);
        }
        Button own = new Button("7 " + messages.get("phrases.category.custom") + "…", swatch(PhraseCategory.CUSTOM));
        own.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        own.setFocusTraversable(false);
        own.setOnAction(e -> askCustom());
        Button undo = new Button(messages.get("phrases.undo"));
        undo.setId("phrasesUndo");
        undo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        undo.setFocusTraversable(false);
        undo.disableProperty().bind(tagging.editor().canUndoProperty().not());
        undo.setOnAction(e -> tagging.editor().undo());
        undo.setTooltip(new Tooltip("Ctrl+Z"));
        Button redo = new Button(messages.get("phrases.redo"));
        redo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        redo.setFocusTraversable(false);
        redo.disableProperty().bind(tagging.editor().canRedoProperty().not());
        redo.setOnAction(e -> tagging.editor().redo());
        redo.setTooltip(new Tooltip("Ctrl+Shift+Z"));
        buttons.getChildren().addAll(own, undo, redo);
        // One line, cut with an ellipsis where the pane is narrow; the whole text is on the tooltip.
        Label hint = new Label(messages.get("phrases.keys"));
        hint.setTooltip(new Tooltip(messages.get("phrases.keys")));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label status = new Label();
        status.setId("phrasesStatus");
        status.getStyleClass().add(Styles.TEXT_SMALL);
        status.textProperty().bind(tagging.editor().statusProperty());
        Label lost = new Label();
        lost.setId("phrasesLostHere");
        lost.setWrapText(true);
        lost.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        lost.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            long n = tagging.highlights().stream().filter(h -> !h.anchored()).count();
            return n == 0 ? "" : messages.format("phrases.lostHere", n);
        }, tagging.highlights()));
        lost.visibleProperty().bind(lost.textProperty().isNotEmpty());
        lost.managedProperty().bind(lost.visibleProperty());
        VBox box = new VBox(3, buttons, hint, status, lost);
        box.disableProperty().bind(tagging.activeProperty().not());
        return box;
    }

    static Rectangle swatch(PhraseCategory c) {
        Rectangle r = new Rectangle(10, 10, PhraseColors.of(c));
        r.setArcWidth(3);
        r.setArcHeight(3);
        return r;
    }

    private void onKey(KeyEvent key) {
        if (!tagging.activeProperty().get() || key.isAltDown()) {
            return;
        }
        if (key.isShortcutDown()) {
            if (key.getCode() == KeyCode.Z) {
                if (key.isShiftDown()) {
                    tagging.editor().redo();
                } else {
                    tagging.editor().undo();
                }
                key.consume();
            } else if (key.getCode() == KeyCode.Y) {
                tagging.editor().redo();
                key.consume();
            }
            return;
        }
        int digit = digit(key.getCode());
        if (digit >= 1 && digit <= KEYED.size()) {
            tag(KEYED.get(digit - 1), "");
        } else if (digit == 7) {
            askCustom();
        } else if (key.getCode() == KeyCode.DELETE || key.getCode() == KeyCode.BACK_SPACE) {
            tagging.untagAt(area.getCaretPosition());
        } else if (key.getCode() == KeyCode.N) {
            askNote();
        } else {
            return;
        }
        key.consume();
    }

    private static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            case DIGIT6, NUMPAD6 -> 6;
            case DIGIT7, NUMPAD7 -> 7;
            default -> 0;
        };
    }

    private void tag(PhraseCategory category, String custom) {
        tagging.tag(area.getSelection().getStart(), area.getSelection().getEnd(), category, custom);
    }

    private void askCustom() {
        if (area.getSelection().getLength() == 0) {
            tag(PhraseCategory.CUSTOM, ""); // says to select first
            return;
        }
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        ask("phrases.custom.title", "phrases.custom.header", "").filter(s -> !s.isBlank())
                .ifPresent(name -> tagging.tag(start, end, PhraseCategory.CUSTOM, name.strip()));
    }

    private void askNote() {
        int caret = area.getCaretPosition();
        Optional<Highlight> h = tagging.at(caret);
        if (h.isEmpty()) {
            return;
        }
        ask("phrases.note.title", "phrases.note.header", h.get().note()).ifPresent(n -> tagging.noteAt(caret, n));
    }

    private Optional<String> ask(String titleKey, String headerKey, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(headerKey));
        if (area.getScene() != null) {
            dialog.initOwner(area.getScene().getWindow());
        }
        dialog.getEditor().setId("phraseDialogText");
        return dialog.showAndWait();
    }

    private ContextMenu menu() {
        Menu tagAs = new Menu(messages.get("phrases.menu.tagAs"));
        for (int i = 0; i < KEYED.size(); i++) {
            PhraseCategory c = KEYED.get(i);
            MenuItem item = new MenuItem(citations.category(c, "") + "\t" + (i + 1), swatch(c));
            item.setOnAction(e -> tag(c, ""));
            tagAs.getItems().add(item);
        }
        MenuItem own = new MenuItem(messages.get("phrases.category.custom") + "…\t7", swatch(PhraseCategory.CUSTOM));
        own.setOnAction(e -> askCustom());
        tagAs.getItems().add(own);
        tagAs.setDisable(!tagging.activeProperty().get() || area.getSelection().getLength() == 0);
        Optional<Highlight> here = tagging.at(area.getCaretPosition());
        MenuItem note = new MenuItem(messages.get("phrases.menu.note"));
        note.setDisable(here.isEmpty());
        note.setOnAction(e -> askNote());
        MenuItem untag = new MenuItem(messages.get("phrases.menu.untag"));
        untag.setDisable(here.isEmpty());
        untag.setOnAction(e -> tagging.untagAt(area.getCaretPosition()));
        MenuItem copy = new MenuItem(messages.get("phrases.menu.copy"));
        copy.setOnAction(e -> area.copy());
        return new ContextMenu(tagAs, note, untag, new SeparatorMenuItem(), copy);
    }
}
