package app.dossier.ui.keyphrases;

import app.dossier.i18n.Messages;
import app.dossier.keyphrases.Citations;
import app.dossier.model.PhraseCategory;
import app.dossier.model.QuoteCard;
import app.dossier.model.Side;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The Key phrases section: filters and exports on top, the quote cards (drag or Alt+Up/Down to
 * order them), and beside them the open suggestions and the chosen card's source, where more words
 * can be tagged.
 */
public final class KeyPhrasesView extends VBox {
    private final KeyPhrasesViewModel model;
    private final Messages messages;
    private final Citations citations;
    private final ListView<QuoteCard> cards = new ListView<>();
    private final HighlightArea source = new HighlightArea();
    private final java.util.List<Object> held = new java.util.ArrayList<>();

    public KeyPhrasesView(KeyPhrasesViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.citations = new Citations(messages, ZoneId.systemDefault());
        setId("keyPhrasesView");
        setSpacing(10);
        setPadding(new Insets(14));

        Label title = new Label(messages.get("section.keyPhrases"));
        title.setId("sectionTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        Button people = new Button(messages.get("phrases.people"));
        people.setId("phrasesPeople");
        people.setOnAction(e -> model.parties().people(list -> PeopleDialog.show(getScene().getWindow(), messages, citations,
                list).ifPresent(r -> model.parties().save(r.me(), r.sides()))));
        Button copyAll = new Button(messages.get("phrases.copyAll"));
        copyAll.setOnAction(e -> toClipboard(model.citations()));
        Button csv = new Button(messages.get("phrases.exportCsv"));
        csv.setId("phrasesExportCsv");
        csv.setOnAction(e -> save("key-phrases.csv").ifPresent(f -> model.exportCsv(f.toPath())));
        Button markdown = new Button(messages.get("phrases.exportMarkdown"));
        markdown.setOnAction(e -> save("key-phrases.md").ifPresent(f -> model.exportMarkdown(f.toPath(),
                model.editor().open().map(o -> o.info().title()).orElse(""))));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(8, title, spacer, people, copyAll, csv, markdown);
        heading.setAlignment(Pos.CENTER_LEFT);

        cards.setId("phraseCards");
        cards.setItems(model.visible());
        cards.setPlaceholder(wrapped(messages.get("phrases.empty")));
        cards.setCellFactory(v -> new CardCell(model, messages, citations, this::copy, this::jump));
        cards.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null || !model.visible().contains(model.selectedProperty().get())) {
                model.selectedProperty().set(now);
            }
        });
        listen(model.selectedProperty(), (obs, old, now) -> {
            if (now != null && cards.getSelectionModel().getSelectedItem() != now) {
                cards.getSelectionModel().select(now);
            }
        });
        cards.addEventFilter(KeyEvent.KEY_PRESSED, this::onCardKey);
        VBox.setVgrow(cards, Priority.ALWAYS);
        Label count = new Label();
        count.setId("phrasesCount");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.format(
                "phrases.count", model.visible().size(), model.editor().cards().size()), model.visible(),
                model.editor().cards()));
        Label keys = wrapped(messages.get("phrases.cardKeys"));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox left = new VBox(6, cards, count, keys);

        source.setId("phraseSource");
        source.setPromptText(messages.get("phrases.sourceHint"));
        listen(model.sourceTextProperty(), (obs, old, now) -> {
            source.setText(now);
            QuoteCard card = model.selectedProperty().get();
            if (card != null && card.anchored()) {
                source.reveal(card.start(), card.end());
            }
        });
        source.setText(model.sourceTextProperty().get());
        if (model.selectedProperty().get() != null) {
            cards.getSelectionModel().select(model.selectedProperty().get());
        }
        VBox.setVgrow(source, Priority.ALWAYS);
        Label sourceTitle = new Label(messages.get("phrases.source"));
        sourceTitle.getStyleClass().add(Styles.TITLE_4);
        VBox sourceBox = new VBox(6, sourceTitle, TaggingControls.install(source, model.source(), messages), source);
        SplitPane right = new SplitPane(new SuggestionsPane(model, messages, citations), sourceBox);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.42);
        SplitPane body = new SplitPane(left, right);
        body.setDividerPositions(0.5);
        VBox.setVgrow(body, Priority.ALWAYS);

        Label status = new Label();
        status.setId("phrasesSectionStatus");
        status.getStyleClass().add(Styles.TEXT_SMALL);
        status.textProperty().bind(model.statusProperty());
        getChildren().addAll(heading, whoAmI(), filters(), body, status);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z && !e.isConsumed()) {
                if (e.isShiftDown()) {
                    model.editor().redo();
                } else {
                    model.editor().undo();
                }
                e.consume();
            }
        });
        model.shown();
    }

    /** Listens to the window-long view model weakly: this view is made anew each time the section is shown. */
    private <T> void listen(javafx.beans.value.ObservableValue<T> value, javafx.beans.value.ChangeListener<T> listener) {
        held.add(listener);
        value.addListener(new javafx.beans.value.WeakChangeListener<>(listener));
    }

    /** Asks who the user is while Dossier only guesses it from the mailbox owner. */
    private HBox whoAmI() {
        Label question = new Label();
        question.setWrapText(true);
        question.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var me = model.parties().meProperty().get();
            return me.isEmpty() ? messages.get("phrases.me.unknown")
                    : messages.format("phrases.me.suggested", String.join(", ", me));
        }, model.parties().meProperty()));
        Button confirm = new Button(messages.get("phrases.me.confirm"));
        confirm.setId("phrasesConfirmMe");
        confirm.getStyleClass().add(Styles.SMALL);
        confirm.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.parties().meProperty().get().isEmpty(), model.parties().meProperty()));
        confirm.setOnAction(e -> model.parties().confirmMe());
        question.setMaxWidth(Double.MAX_VALUE);
        question.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(question, Priority.ALWAYS);
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(10, question, confirm);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("phrases-who");
        box.visibleProperty().bind(model.parties().meChosenProperty().not());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private HBox filters() {
        ComboBox<PhraseCategory> category = new ComboBox<>();
        category.setId("phrasesCategory");
        category.getItems().add(null);
        category.getItems().addAll(PhraseCategory.values());
        category.setConverter(converter(c -> c == null ? messages.get("phrases.allCategories")
                : citations.category(c, "")));
        category.valueProperty().bindBidirectional(model.categoryProperty());
        ComboBox<String> person = new ComboBox<>(model.people());
        person.setId("phrasesPerson");
        person.setEditable(true);
        person.setPromptText(messages.get("phrases.allPeople"));
        person.setPrefWidth(200);
        person.valueProperty().addListener((obs, old, now) -> model.personProperty().set(now == null ? ""
                : app.dossier.model.Address.fromDisplay(now).identity()));
        ComboBox<Side> side = new ComboBox<>();
        side.setId("phrasesSide");
        side.getItems().add(null);
        side.getItems().addAll(Side.values());
        side.setConverter(converter(s -> s == null ? messages.get("phrases.allSides") : citations.side(s)));
        side.valueProperty().bindBidirectional(model.sideProperty());
        side.setPrefWidth(160);
        ComboBox<KeyPhrasesViewModel.Order> order = new ComboBox<>();
        order.setId("phrasesOrder");
        order.getItems().addAll(KeyPhrasesViewModel.Order.values());
        order.setConverter(converter(o -> messages.get(o == KeyPhrasesViewModel.Order.TIME ? "phrases.order.time"
                : "phrases.order.manual")));
        order.valueProperty().bindBidirectional(model.orderProperty());
        order.setPrefWidth(170);
        category.setPrefWidth(200);
        HBox box = new HBox(8, category, person, side, order);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void onCardKey(KeyEvent e) {
        QuoteCard card = cards.getSelectionModel().getSelectedItem();
        if (card == null) {
            return;
        }
        if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
            copy(card);
        } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
            model.move(card, -1);
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            model.move(card, 1);
        } else if (e.getCode() == KeyCode.ENTER) {
            jump(card);
        } else if (e.getCode() == KeyCode.DELETE) {
            model.remove(card);
        } else if (e.getCode() == KeyCode.N && !e.isShortcutDown()) {
            TextInputDialog dialog = new TextInputDialog(card.note());
            dialog.setTitle(messages.get("phrases.note.title"));
            dialog.setHeaderText(messages.get("phrases.note.header"));
            dialog.initOwner(getScene().getWindow());
            dialog.showAndWait().ifPresent(n -> model.setNote(card, n));
        } else {
            return;
        }
        e.consume();
    }

    private void copy(QuoteCard card) {
        toClipboard(model.citation(card));
    }

    private void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** Shows the card's words in its source, selected. */
    private void jump(QuoteCard card) {
        model.selectedProperty().set(card);
        source.requestFocus();
        if (card.anchored() && !source.getText().isEmpty()) {
            source.reveal(card.start(), card.end());
        }
    }

    private java.util.Optional<File> save(String name) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        return java.util.Optional.ofNullable(chooser.showSaveDialog(getScene().getWindow()));
    }

    static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null; // picked, never typed
            }
        };
    }
}
