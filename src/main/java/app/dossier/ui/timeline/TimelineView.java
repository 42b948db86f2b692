package app.dossier.ui.timeline;

import app.dossier.i18n.FactTexts;
import app.dossier.i18n.KindTexts;
import app.dossier.i18n.Messages;
import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import atlantafx.base.theme.Styles;
import java.util.Arrays;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The timeline section: filters on top, the swimlane chart, then the chronological list grouped
 * by day beside the chosen event's source and the chain of proof.
 */
public final class TimelineView extends VBox {
    private final TimelineViewModel model;
    private final Messages messages;

    public TimelineView(TimelineViewModel model, Messages messages) {
        this(model, messages, null, event -> java.util.List.of(), null);
    }

    /**
     * With key phrases: {@code tagging} lets the user tag words in the source pane, {@code marks}
     * gives the quote cards of an event's source, shown on the event with their category's colour.
     */
    public TimelineView(TimelineViewModel model, Messages messages, app.dossier.ui.keyphrases.SourceTagging tagging,
                        java.util.function.Function<TimelineEvent, java.util.List<app.dossier.model.QuoteCard>> marks,
                        javafx.beans.Observable marksChanged) {
        this.model = model;
        this.messages = messages;
        setId("timelineView");
        FactTexts facts = new FactTexts(messages);

        Label title = new Label(messages.get("section.timeline"));
        title.setId("sectionTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        Button add = new Button(messages.get("timeline.add.button"));
        add.setId("timelineAdd");
        add.setOnAction(e -> addEvent());
        HBox heading = new HBox(12, title, new javafx.scene.layout.Region(), add);
        HBox.setHgrow(heading.getChildren().get(1), Priority.ALWAYS);
        heading.setAlignment(Pos.CENTER_LEFT);

        SwimlaneChart chart = new SwimlaneChart(model.visible(), model.selectedProperty(), model.zone(), messages.locale(),
                messages.get("timeline.lane.others"), messages.get("timeline.lane.noPerson"),
                key -> messages.format("timeline.quote", key));
        chart.setId("timelineChart");
        Label hover = new Label();
        hover.getStyleClass().addAll(Styles.TEXT_SMALL);
        hover.textProperty().bind(javafx.beans.binding.Bindings.when(chart.pointedEventProperty().isEmpty())
                .then(messages.get("timeline.chartHint")).otherwise(chart.pointedEventProperty()));
        VBox chartBox = new VBox(4, chart, legend(), hover);
        VBox.setVgrow(chart, Priority.ALWAYS);

        ListView<TimelineRow> list = new ListView<>(model.rows());
        list.setId("timelineList");
        list.setPlaceholder(new Label(messages.get("timeline.empty")));
        list.setCellFactory(v -> new TimelineCell(model, messages, facts, this::editEvent, marks));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now instanceof TimelineRow.Event e) {
                model.selectedProperty().set(e.event());
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            int index = indexOf(now);
            if (index >= 0 && list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().select(index);
                list.scrollTo(Math.max(0, index - 2));
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        if (marksChanged != null) {
            // The cards outlive this view (rebuilt on a language switch): listen weakly, the list holds the listener.
            javafx.beans.InvalidationListener refresh = o -> list.refresh();
            list.getProperties().put("marksChanged", refresh);
            marksChanged.addListener(new javafx.beans.WeakInvalidationListener(refresh));
        }
        VBox.setVgrow(list, Priority.ALWAYS);
        Label keys = new Label(messages.get("timeline.keys") + " " + messages.get("timeline.keys.confirm"));
        keys.setWrapText(true);
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label problem = new Label();
        problem.setId("timelineProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.statusProperty());
        problem.visibleProperty().bind(model.statusProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox listBox = new VBox(6, problem, list, keys);

        app.dossier.ui.keyphrases.HighlightArea source = new app.dossier.ui.keyphrases.HighlightArea();
        source.setId("timelineSource");
        source.setPromptText(messages.get("timeline.sourceHint"));
        javafx.scene.Node tagBar = tagging == null ? new javafx.scene.layout.Region()
                : app.dossier.ui.keyphrases.TaggingControls.install(source, tagging, messages);
        model.sourceTextProperty().addListener((obs, old, now) -> {
            source.setText(app.dossier.keyphrases.PhraseText.canonical(now));
            TimelineEvent event = model.selectedProperty().get();
            if (tagging != null) {
                if (event != null && event.source() == app.dossier.model.EventSource.MESSAGE) {
                    tagging.show(app.dossier.model.ExhibitRef.SourceKind.MESSAGE, event.sourceId());
                } else if (event != null && event.source() == app.dossier.model.EventSource.NOTE) {
                    tagging.show(app.dossier.model.ExhibitRef.SourceKind.NOTE, event.sourceId());
                } else {
                    tagging.clear();
                }
            }
            selectKeySentence(source, event);
        });
        // Another event of the same message shows the same text: the text does not change, the highlight must.
        model.selectedProperty().addListener((obs, old, now) -> selectKeySentence(source, now));
        VBox.setVgrow(source, Priority.ALWAYS);
        Label sourceTitle = new Label(messages.get("timeline.source"));
        sourceTitle.getStyleClass().add(Styles.TITLE_4);
        VBox sourceBox = new VBox(6, sourceTitle, tagBar, source);
        sourceBox.setPadding(new Insets(0, 0, 0, 8));
        ChainOfProofView chain = new ChainOfProofView(model, messages, facts);
        ReviewQueueView review = new ReviewQueueView(model.review(), messages, facts);
        SplitPane right = new SplitPane(sourceBox, chain, review);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.36, 0.62);
        SplitPane lower = new SplitPane(listBox, right);
        lower.setDividerPositions(0.58);
        SplitPane body = new SplitPane(chartBox, lower);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.34);
        VBox.setVgrow(body, Priority.ALWAYS);

        getChildren().addAll(heading, filters(), body);
        setSpacing(10);
        setPadding(new Insets(14));
        model.ensureBuilt();
    }

    private HBox filters() {
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
        ComboBox<String> person = new ComboBox<>(model.people());
        person.setId("timelinePerson");
        person.setEditable(true);
        person.setPromptText(messages.get("timeline.allPeople"));
        person.setPrefWidth(220);
        person.valueProperty().addListener((obs, old, now) -> model.personProperty().set(
                now == null ? "" : People.address(now)));
        model.personProperty().addListener((obs, old, now) -> {
            if (now.isEmpty()) {
                person.setValue(null);
            }
        });
        DatePicker from = new DatePicker();
        from.setId("timelineFrom");
        from.setPromptText(messages.get("timeline.from"));
        from.setPrefWidth(140);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("timelineTo");
        to.setPromptText(messages.get("timeline.to"));
        to.setPrefWidth(140);
        to.valueProperty().bindBidirectional(model.toProperty());
        TextField text = new TextField();
        text.setId("timelineText");
        text.setPromptText(messages.get("timeline.filterPrompt"));
        // Filtering a large case on every keystroke would make typing stutter: wait for a pause.
        javafx.animation.PauseTransition typing = new javafx.animation.PauseTransition(javafx.util.Duration.millis(180));
        typing.setOnFinished(e -> model.textProperty().set(text.getText()));
        text.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        model.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(text.getText())) {
                text.setText(now);
            }
        });
        HBox.setHgrow(text, Priority.ALWAYS);
        Label thread = new Label(messages.get("timeline.threadOnly"));
        thread.getStyleClass().addAll(Styles.ACCENT, Styles.TEXT_SMALL);
        thread.visibleProperty().bind(model.threadProperty().isNotEmpty());
        thread.managedProperty().bind(thread.visibleProperty());
        javafx.scene.control.CheckBox hidden = new javafx.scene.control.CheckBox();
        hidden.setId("timelineShowHidden");
        hidden.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.format("timeline.showHidden", model.hiddenCountProperty().get()),
                model.hiddenCountProperty()));
        hidden.selectedProperty().bindBidirectional(model.showHiddenProperty());
        hidden.visibleProperty().bind(model.hiddenCountProperty().greaterThan(0));
        hidden.managedProperty().bind(hidden.visibleProperty());
        Button clear = new Button(messages.get("timeline.clearFilters"));
        clear.setId("timelineClear");
        clear.setOnAction(e -> model.clearFilters());
        HBox filters = new HBox(8, kind, person, from, to, text, thread, hidden, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        return filters;
    }

    private FlowPane legend() {
        FlowPane legend = new FlowPane(12, 4);
        for (EventKind k : EventKind.values()) {
            if (k == EventKind.OTHER) {
                continue;
            }
            Label label = new Label(messages.get(KindTexts.key(k)), KindMarks.icon(k));
            label.getStyleClass().add(Styles.TEXT_SMALL);
            legend.getChildren().add(label);
        }
        return legend;
    }

    private void onKey(KeyEvent key) {
        TimelineEvent selected = model.selectedProperty().get();
        if (selected == null || key.isShortcutDown() || key.isAltDown()) {
            return;
        }
        EventKind chosen = KindKeys.of(key.getCode()).orElse(null);
        if (chosen != null) {
            model.changeKind(selected, chosen);
        } else if (key.getCode() == KeyCode.ENTER || key.getCode() == KeyCode.Y) {
            model.confirm(selected);
        } else if (key.getCode() == KeyCode.DELETE || key.getCode() == KeyCode.H) {
            if (model.isHidden(selected)) {
                model.unhide(selected);
            } else {
                model.hide(selected);
            }
        } else if (key.getCode() == KeyCode.E || key.getCode() == KeyCode.F2) {
            editEvent(selected);
        } else if (key.getCode() == KeyCode.G) {
            model.showThread(model.threadProperty().get().isEmpty() ? selected : null);
        } else {
            return;
        }
        key.consume();
    }

    private void editEvent(TimelineEvent event) {
        EventDialog.edit(getScene().getWindow(), messages, event).showAndWait()
                .ifPresent(input -> model.edit(event, input.time(), input.text()));
    }

    private void addEvent() {
        EventDialog.add(getScene().getWindow(), messages, model.zone(), model.people()).showAndWait()
                .ifPresent(input -> model.add(input.time(), input.kind(), input.actor(), input.text()));
    }

    private int indexOf(TimelineEvent event) {
        if (event == null) {
            return -1;
        }
        var rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof TimelineRow.Event e && e.event().equals(event)) {
                return i;
            }
        }
        return -1;
    }

    /** The event's key sentence highlighted as a selection in its source, when the source shows it. */
    private static void selectKeySentence(app.dossier.ui.keyphrases.HighlightArea source, TimelineEvent event) {
        int[] range = event == null ? null : KeySentence.range(source.getText(), event.key());
        if (range != null) {
            source.selectRange(range[0], range[1]);
        }
    }
}
