package app.dossier.ui.keyphrases;

import app.dossier.i18n.Messages;
import app.dossier.keyphrases.Citations;
import app.dossier.model.PhraseSuggestion;
import app.dossier.model.Spaces;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The open suggestions: one key or click accepts (Enter, A) or dismisses (Delete, D) the chosen one. */
final class SuggestionsPane extends VBox {
    private final KeyPhrasesViewModel model;
    private final Messages messages;
    private final Citations citations;

    SuggestionsPane(KeyPhrasesViewModel model, Messages messages, Citations citations) {
        this.model = model;
        this.messages = messages;
        this.citations = citations;
        ListView<PhraseSuggestion> list = new ListView<>(model.suggestions());
        list.setId("phraseSuggestions");
        list.setPlaceholder(KeyPhrasesView.wrapped(messages.get("phrases.suggestions.empty")));
        list.setCellFactory(v -> new SuggestionCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            PhraseSuggestion s = list.getSelectionModel().getSelectedItem();
            if (s == null || e.isShortcutDown()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.A) {
                model.accept(s);
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.D) {
                model.dismiss(s);
            } else {
                return;
            }
            e.consume();
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.format(
                "phrases.suggestions.title", model.suggestions().size()), model.suggestions()));
        Label keys = KeyPhrasesView.wrapped(messages.get("phrases.suggestions.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        setSpacing(6);
        getChildren().addAll(title, list, keys);
    }

    /** A suggestion: its category, the sentence, who and when, and Accept / Dismiss. */
    private final class SuggestionCell extends ListCell<PhraseSuggestion> {
        @Override
        protected void updateItem(PhraseSuggestion s, boolean empty) {
            super.updateItem(s, empty);
            setText(null);
            if (empty || s == null) {
                setGraphic(null);
                return;
            }
            Label category = new Label(citations.category(s.category(), ""), PhraseMarks.icon(s.category()));
            category.setTextFill(PhraseColors.of(s.category()));
            category.getStyleClass().add(Styles.TEXT_BOLD);
            Button accept = new Button(messages.get("phrases.suggestions.accept"));
            accept.getStyleClass().addAll(Styles.SMALL, Styles.SUCCESS);
            accept.setOnAction(e -> model.accept(s));
            Button dismiss = new Button(messages.get("phrases.suggestions.dismiss"));
            dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
            dismiss.setOnAction(e -> model.dismiss(s));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(8, category, spacer, accept, dismiss);
            top.setAlignment(Pos.CENTER_LEFT);
            Label sentence = KeyPhrasesView.wrapped(messages.format("timeline.quote", Spaces.collapsed(s.sentence())));
            sentence.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            String whoWhen = s.author() + " · " + citations.written(s.time())
                    + (s.confirmed() ? " · " + messages.get("phrases.suggestions.confirmed") : "");
            Label meta = KeyPhrasesView.wrapped(whoWhen);
            meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            setGraphic(new VBox(3, top, sentence, meta));
        }
    }

}
