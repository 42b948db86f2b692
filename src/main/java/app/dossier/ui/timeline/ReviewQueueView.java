package app.dossier.ui.timeline;

import app.dossier.i18n.FactTexts;
import app.dossier.i18n.KindTexts;
import app.dossier.i18n.Messages;
import app.dossier.model.TimelineEvent;
import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The review queue beside the timeline: the least certain reading first, one key per decision. */
final class ReviewQueueView extends VBox {
    ReviewQueueView(ReviewQueueViewModel model, Messages messages, FactTexts facts) {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> messages.format("review.title",
                model.queue().size(), model.doneProperty().get()), model.queue(), model.doneProperty()));
        ListView<TimelineEvent> list = new ListView<>(model.queue());
        list.setId("timelineReview");
        list.setAccessibleText(messages.get("review.accessible"));
        list.setPlaceholder(new Label(messages.get("review.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEvent e, boolean empty) {
                super.updateItem(e, empty);
                setText(null);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                Label badge = new Label(messages.get(KindTexts.key(e.kind())));
                badge.setMinWidth(Region.USE_PREF_SIZE);
                badge.getStyleClass().addAll("kind-badge", "kind-" + e.kind().name().toLowerCase(Locale.ROOT));
                Label how = new Label(facts.review(e.review(), e.confidence()) + "  \u00b7  "
                        + (e.actor().isEmpty() ? e.summary() : e.actor()));
                how.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                how.setMinWidth(0); // a long sender is cut with an ellipsis, not the pane widened
                HBox top = new HBox(8, badge, how);
                top.setAlignment(Pos.CENTER_LEFT);
                top.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
                Label key = new Label(messages.format("timeline.quote", e.key()));
                key.setWrapText(true);
                key.setMinHeight(Region.USE_PREF_SIZE);
                key.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
                VBox box = new VBox(2, top, key);
                if (model.isCandidate(e)) {
                    Label candidate = new Label(messages.get("review.candidate"));
                    candidate.setId("reviewCandidate");
                    candidate.setWrapText(true);
                    candidate.setMinHeight(Region.USE_PREF_SIZE);
                    // Bound like the quote: unbound, the long hint widened the cell past the pane.
                    candidate.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
                    candidate.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
                    box.getChildren().add(candidate);
                }
                if (!e.evidence().isEmpty()) {
                    Label why = new Label(messages.format("review.why", new app.dossier.i18n.ReasonTexts(messages).joined(e.evidence())));
                    why.setWrapText(true);
                    why.setMinHeight(Region.USE_PREF_SIZE);
                    why.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
                    why.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                    box.getChildren().add(why);
                }
                setGraphic(box);
            }
        });
        model.currentProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
                list.scrollTo(now);
            }
        });
        // The user picked another one: review that next.
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.choose(now));
        list.focusedProperty().addListener((obs, old, now) -> model.activeProperty().set(now));
        list.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (!key.isShortcutDown() && !key.isAltDown() && model.onKey(key.getCode())) {
                key.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Button confirm = new Button(messages.get("review.confirm"));
        confirm.setId("reviewConfirm");
        confirm.setOnAction(e -> model.confirm());
        Button hide = new Button(messages.get("review.hide"));
        hide.setId("reviewHide");
        hide.setOnAction(e -> model.hide());
        Button next = new Button(messages.get("review.next"));
        next.setId("reviewNext");
        next.setOnAction(e -> model.next());
        for (Button b : new Button[] {confirm, hide, next}) {
            b.disableProperty().bind(model.currentProperty().isNull());
        }
        Label keys = new Label(messages.get("review.keys"));
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        keys.maxWidthProperty().bind(widthProperty().subtract(12));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        getChildren().addAll(title, list, new HBox(6, confirm, hide, next), keys);
        setSpacing(6);
        setPadding(new Insets(0, 0, 0, 8));
    }
}
