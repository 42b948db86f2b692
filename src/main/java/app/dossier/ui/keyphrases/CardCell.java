package app.dossier.ui.keyphrases;

import app.dossier.i18n.Messages;
import app.dossier.keyphrases.Citations;
import app.dossier.model.Address;
import app.dossier.model.QuoteCard;
import app.dossier.model.Spaces;
import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One quote card: the quote in its category's colour, the note, who to whom and when, subject, Message-ID, exhibit, hash. */
final class CardCell extends ListCell<QuoteCard> {
    private static final String DRAG_PREFIX = "dossier-card:";

    private final KeyPhrasesViewModel model;
    private final Messages messages;
    private final Citations citations;
    private final Consumer<QuoteCard> copy;
    private final Consumer<QuoteCard> jump;

    CardCell(KeyPhrasesViewModel model, Messages messages, Citations citations, Consumer<QuoteCard> copy,
             Consumer<QuoteCard> jump) {
        this.model = model;
        this.messages = messages;
        this.citations = citations;
        this.copy = copy;
        this.jump = jump;
        setOnDragDetected(e -> {
            if (getItem() != null) {
                ClipboardContent content = new ClipboardContent();
                content.putString(DRAG_PREFIX + getItem().id());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (getItem() != null && e.getDragboard().hasString() && e.getDragboard().getString().startsWith(DRAG_PREFIX)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            String text = e.getDragboard().getString();
            boolean done = false;
            if (getItem() != null && text != null && text.startsWith(DRAG_PREFIX)) {
                long id = Long.parseLong(text.substring(DRAG_PREFIX.length()));
                QuoteCard target = getItem();
                model.visible().stream().filter(c -> c.id() == id).findFirst().ifPresent(c -> model.moveTo(c, target));
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    @Override
    protected void updateItem(QuoteCard card, boolean empty) {
        super.updateItem(card, empty);
        setText(null);
        if (empty || card == null) {
            setGraphic(null);
            return;
        }
        Label category = new Label(citations.category(card), PhraseMarks.icon(card.category()));
        category.getStyleClass().add(Styles.TEXT_BOLD);
        category.setTextFill(PhraseColors.of(card.category()));
        Label number = new Label("#" + card.id());
        number.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copyButton = small(messages.get("phrases.copy"));
        copyButton.setId("copyCitation");
        copyButton.setOnAction(e -> copy.accept(card));
        Button jumpButton = small(messages.get("phrases.jump"));
        jumpButton.setOnAction(e -> jump.accept(card));
        HBox top = new HBox(8, category, number, spacer, copyButton, jumpButton);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(3, top);
        Label quote = wrap(new Label(messages.format("timeline.quote", Spaces.collapsed(card.quote()))));
        quote.getStyleClass().add("phrase-quote");
        quote.setStyle("-fx-border-color: transparent transparent transparent "
                + web(card) + "; -fx-border-width: 0 0 0 3; -fx-padding: 0 0 0 6;");
        box.getChildren().add(quote);
        if (!card.anchored()) {
            Label lost = wrap(new Label(messages.get("phrases.lost")));
            lost.getStyleClass().add(Styles.DANGER);
            box.getChildren().add(lost);
        }
        if (!card.note().isBlank()) {
            Label note = wrap(new Label(card.note()));
            note.getStyleClass().add(Styles.TEXT_ITALIC);
            box.getChildren().add(note);
        }
        String author = new Address(card.authorName(), card.authorAddress()).display();
        // Who it went to in short (a long copy list would bury the quote); the whole list on the tooltip.
        Label fromTo = muted(messages.format("phrases.card.fromTo",
                card.exhibit().kind() == app.dossier.model.ExhibitRef.SourceKind.NOTE ? citations.author(card) : author,
                citations.side(card.authorSide()), citations.recipients(card.audience())));
        if (card.audience().size() > 2) {
            fromTo.setTooltip(new javafx.scene.control.Tooltip(String.join("\n", card.audience())));
        }
        box.getChildren().add(fromTo);
        box.getChildren().add(muted(citations.when(card.time())));
        box.getChildren().add(muted(messages.format("phrases.card.subject", card.subject())));
        String sha = card.sha256().length() > 12 ? card.sha256().substring(0, 12) + "…" : card.sha256();
        box.getChildren().add(muted(messages.format("phrases.card.proof", card.messageId().isBlank() ? "–"
                : card.messageId(), Integer.toString(card.exhibit().number()), sha)));
        setGraphic(box);
        setAccessibleText(citations.category(card) + ": " + citations.citation(card));
        setContextMenu(menu(card));
    }

    /** The same as the keys: copy, show, category, note, move, remove. */
    private javafx.scene.control.ContextMenu menu(QuoteCard card) {
        javafx.scene.control.MenuItem copyItem = new javafx.scene.control.MenuItem(messages.get("phrases.copy"));
        copyItem.setOnAction(e -> copy.accept(card));
        javafx.scene.control.MenuItem show = new javafx.scene.control.MenuItem(messages.get("phrases.jump"));
        show.setOnAction(e -> jump.accept(card));
        javafx.scene.control.Menu category = new javafx.scene.control.Menu(messages.get("phrases.menu.category"));
        for (app.dossier.model.PhraseCategory c : TaggingControls.KEYED) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(citations.category(c, ""),
                    TaggingControls.swatch(c));
            item.setDisable(c == card.category());
            item.setOnAction(e -> model.setCategory(card, c, ""));
            category.getItems().add(item);
        }
        javafx.scene.control.MenuItem own = new javafx.scene.control.MenuItem(messages.get("phrases.category.custom") + "…",
                TaggingControls.swatch(app.dossier.model.PhraseCategory.CUSTOM));
        own.setOnAction(e -> ask("phrases.custom.title", "phrases.custom.header", card.customCategory())
                .filter(n -> !n.isBlank()).ifPresent(n -> model.setCategory(card, app.dossier.model.PhraseCategory.CUSTOM,
                        n.strip())));
        category.getItems().add(own);
        javafx.scene.control.MenuItem note = new javafx.scene.control.MenuItem(messages.get("phrases.menu.note"));
        note.setOnAction(e -> ask("phrases.note.title", "phrases.note.header", card.note())
                .ifPresent(n -> model.setNote(card, n)));
        javafx.scene.control.MenuItem up = new javafx.scene.control.MenuItem(messages.get("phrases.menu.up"));
        up.setOnAction(e -> model.move(card, -1));
        javafx.scene.control.MenuItem down = new javafx.scene.control.MenuItem(messages.get("phrases.menu.down"));
        down.setOnAction(e -> model.move(card, 1));
        javafx.scene.control.MenuItem remove = new javafx.scene.control.MenuItem(messages.get("phrases.menu.untag"));
        remove.setOnAction(e -> model.remove(card));
        return new javafx.scene.control.ContextMenu(copyItem, show, new javafx.scene.control.SeparatorMenuItem(),
                category, note, up, down, new javafx.scene.control.SeparatorMenuItem(), remove);
    }

    private java.util.Optional<String> ask(String titleKey, String headerKey, String value) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(value);
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(headerKey));
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        return dialog.showAndWait();
    }

    private static String web(QuoteCard card) {
        javafx.scene.paint.Color c = PhraseColors.of(card.category());
        return String.format("#%02x%02x%02x", (int) (c.getRed() * 255), (int) (c.getGreen() * 255),
                (int) (c.getBlue() * 255));
    }

    private Button small(String text) {
        Button b = new Button(text);
        b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        b.setFocusTraversable(false);
        return b;
    }

    private Label muted(String text) {
        Label l = wrap(new Label(text));
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    private Label wrap(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (getListView() != null) {
            label.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
        }
        return label;
    }
}
