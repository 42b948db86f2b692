package app.dossier.ui.timeline;

import app.dossier.i18n.Messages;
import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The chronology: one row per event with a coloured kind badge, who, the key sentence and the facts; the chain of proof beside it. */
public final class TimelineView extends SplitPane {
    public TimelineView(TimelineViewModel model, Messages messages) {
        setId("timelineView");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale());

        Label title = new Label(messages.get("section.timeline"));
        title.setId("sectionTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        ComboBox<EventKind> kind = new ComboBox<>();
        kind.setId("timelineKind");
        kind.getItems().add(null);
        kind.getItems().addAll(Arrays.stream(EventKind.values()).filter(k -> k != EventKind.OTHER).toList());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventKind k) {
                return k == null ? messages.get("timeline.allKinds") : messages.get(KindTexts.key(k));
            }

            @Override
            public EventKind fromString(String s) {
                return null; // picked, never typed
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField text = new TextField();
        text.setId("timelineText");
        text.setPromptText(messages.get("timeline.filterPrompt"));
        text.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox filters = new HBox(10, kind, text);
        filters.setAlignment(Pos.CENTER_LEFT);

        ListView<TimelineEvent> list = new ListView<>(model.visible());
        list.setId("timelineList");
        list.setPlaceholder(new Label(messages.get("timeline.empty")));
        list.setCellFactory(v -> new EventCell(when, messages));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnKeyPressed(key -> {
            TimelineEvent selected = list.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            EventKind chosen = switch (key.getCode()) {
                case R -> EventKind.REQUEST;
                case W -> EventKind.WARNING;
                case A -> EventKind.APPROVAL;
                case T -> EventKind.THREAT;
                case I -> EventKind.INCIDENT;
                case C -> EventKind.CHANGE;
                case B -> EventKind.BLAME;
                case M -> EventKind.MEETING;
                default -> null;
            };
            if (chosen != null) {
                model.changeKind(selected, chosen);
                key.consume();
            } else if (key.getCode() == javafx.scene.input.KeyCode.DELETE || key.getCode() == javafx.scene.input.KeyCode.H) {
                model.hide(selected);
                key.consume();
            }
        });
        Label keys = new Label(messages.get("timeline.keys"));
        keys.setWrapText(true);
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox left = new VBox(10, title, filters, list, keys);
        left.setPadding(new Insets(14));

        Label chainTitle = new Label(messages.get("timeline.chain"));
        chainTitle.getStyleClass().add(Styles.TITLE_4);
        ListView<String> chain = new ListView<>(model.chainOfProof());
        chain.setId("timelineChain");
        chain.setPlaceholder(new Label(messages.get("timeline.noChange")));
        chain.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label line = new Label(item);
                line.setWrapText(true);
                line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                line.maxWidthProperty().bind(getListView().widthProperty().subtract(30));
                if (item.contains("no written") || item.contains("did not reach") || item.contains("only after")) {
                    line.getStyleClass().add(Styles.DANGER);
                } else if (item.startsWith("Change on")) {
                    line.getStyleClass().add(Styles.TEXT_BOLD);
                }
                setGraphic(line);
            }
        });
        VBox.setVgrow(chain, Priority.ALWAYS);
        Label sourceTitle = new Label(messages.get("timeline.source"));
        sourceTitle.getStyleClass().add(Styles.TITLE_4);
        javafx.scene.control.TextArea source = new javafx.scene.control.TextArea();
        source.setId("timelineSource");
        source.setEditable(false);
        source.setWrapText(true);
        source.setPromptText(messages.get("timeline.sourceHint"));
        model.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());
        model.sourceTextProperty().addListener((obs, old, now) -> {
            source.setText(now);
            TimelineEvent event = model.selectedProperty().get();
            int[] range = event == null ? null : TimelineViewModel.keyRange(now, event.key());
            if (range != null) {
                source.selectRange(range[0], range[1]); // the key sentence, highlighted as a selection
            }
        });
        VBox.setVgrow(source, Priority.ALWAYS);
        VBox sourceBox = new VBox(8, sourceTitle, source);
        sourceBox.setPadding(new Insets(14));
        VBox chainBox = new VBox(10, chainTitle, chain);
        chainBox.setPadding(new Insets(14));
        SplitPane right = new SplitPane(sourceBox, chainBox);
        right.setOrientation(javafx.geometry.Orientation.VERTICAL);
        getItems().addAll(left, right);
        setDividerPositions(0.62);
        model.ensureBuilt();
    }

    /** One event: badge, time and person on the first line, the key sentence, then the facts. */
    private static final class EventCell extends ListCell<TimelineEvent> {
        private final DateTimeFormatter when;
        private final Messages messages;

        EventCell(DateTimeFormatter when, Messages messages) {
            this.when = when;
            this.messages = messages;
        }

        @Override
        protected void updateItem(TimelineEvent e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label badge = new Label(messages.get(KindTexts.key(e.kind())));
            badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            badge.getStyleClass().addAll("kind-badge", "kind-" + e.kind().name().toLowerCase(java.util.Locale.ROOT));
            Label head = new Label(when.format(e.time()) + "  ·  " + (e.actor().isEmpty() ? e.summary() : name(e.actor())));
            head.getStyleClass().add(Styles.TEXT_BOLD);
            HBox top = new HBox(8, badge, head);
            top.setAlignment(Pos.CENTER_LEFT);
            Label key = new Label(e.key().isEmpty() ? "" : "\u201c" + e.key() + "\u201d");
            wrap(key);
            VBox box = new VBox(3, top, key);
            for (String fact : e.facts()) {
                Label f = new Label("• " + fact);
                wrap(f);
                f.getStyleClass().add(fact.contains("no written") || fact.contains("did not reach")
                        || fact.startsWith("replied only") || fact.startsWith("shouting") ? Styles.DANGER : Styles.TEXT_MUTED);
                box.getChildren().add(f);
            }
            setText(null);
            setGraphic(box);
        }

        /** Wraps within the list's width: a list cell does not hand its width down on its own. */
        private void wrap(Label label) {
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (getListView() != null) {
                label.maxWidthProperty().bind(getListView().widthProperty().subtract(40));
            }
        }

        private static String name(String actor) {
            int lt = actor.indexOf(" <");
            return lt > 0 ? actor.substring(0, lt) : actor;
        }
    }
}
