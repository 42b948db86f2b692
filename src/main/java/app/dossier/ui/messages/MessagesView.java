package app.dossier.ui.messages;

import app.dossier.i18n.Messages;
import app.dossier.model.MessageSummary;
import atlantafx.base.theme.Styles;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The list of messages (sortable, searchable, filterable) beside the viewer of the chosen one. */
public final class MessagesView extends SplitPane {
    public MessagesView(MessagesViewModel model, Messages messages, app.dossier.ui.keyphrases.SourceTagging tagging) {
        setId("messagesView");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale());

        TextField search = new TextField();
        search.setId("messagesSearch");
        search.setPromptText(messages.get("messages.searchPrompt"));
        search.setAccessibleText(messages.get("messages.searchPrompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> model.search());
        search.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        HBox.setHgrow(search, Priority.ALWAYS);
        CheckBox attachments = new CheckBox(messages.get("messages.withAttachments"));
        attachments.selectedProperty().bindBidirectional(model.withAttachmentsProperty());
        CheckBox flagged = new CheckBox(messages.get("messages.flagged"));
        flagged.selectedProperty().bindBidirectional(model.flaggedOnlyProperty());
        javafx.scene.control.DatePicker fromDate = new javafx.scene.control.DatePicker();
        fromDate.setId("messagesFrom");
        fromDate.setPromptText(messages.get("messages.fromDate"));
        fromDate.setPrefWidth(130);
        fromDate.valueProperty().bindBidirectional(model.fromDateProperty());
        javafx.scene.control.DatePicker toDate = new javafx.scene.control.DatePicker();
        toDate.setId("messagesUntil");
        toDate.setPromptText(messages.get("messages.toDate"));
        toDate.setPrefWidth(130);
        toDate.valueProperty().bindBidirectional(model.toDateProperty());
        HBox filters = new HBox(10, new FontIcon(Feather.SEARCH), search);
        HBox more = new HBox(10, fromDate, toDate, attachments, flagged);
        more.setAlignment(Pos.CENTER_LEFT);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<MessageSummary> table = new TableView<>();
        table.setId("messagesTable");
        SortedList<MessageSummary> sorted = new SortedList<>(model.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(messages.get("messages.empty")));
        TableColumn<MessageSummary, OffsetDateTime> date = new TableColumn<>(messages.get("messages.date"));
        date.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().sentAt()));
        date.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(OffsetDateTime value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? "" : dates.format(value));
            }
        });
        date.setPrefWidth(140);
        TableColumn<MessageSummary, String> from = new TableColumn<>(messages.get("messages.from"));
        from.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().from()));
        from.setPrefWidth(170);
        TableColumn<MessageSummary, String> to = new TableColumn<>(messages.get("messages.to"));
        to.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().to()));
        to.setPrefWidth(150);
        TableColumn<MessageSummary, String> subject = new TableColumn<>(messages.get("messages.subject"));
        subject.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().subject()));
        subject.setPrefWidth(260);
        TableColumn<MessageSummary, Number> files = new TableColumn<>("📎");
        files.setCellValueFactory(c -> new SimpleIntegerProperty(c.getValue().attachments()));
        files.setPrefWidth(40);
        TableColumn<MessageSummary, String> flags = new TableColumn<>(messages.get("messages.flags"));
        flags.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().flags().stream()
                .map(f -> messages.get(FlagTexts.key(f))).collect(Collectors.joining(", "))));
        flags.setPrefWidth(160);
        table.getColumns().addAll(java.util.List.of(date, from, to, subject, files, flags));
        table.getSortOrder().add(date);
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        VBox.setVgrow(table, Priority.ALWAYS);

        Label count = new Label();
        count.setId("messagesCount");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("messages.count", model.visible().size(), model.all().size()),
                model.visible(), model.all()));

        Label problem = new Label();
        problem.setId("messagesProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.statusProperty());
        problem.visibleProperty().bind(model.statusProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        VBox list = new VBox(8, filters, more, table, count, problem);
        list.setPadding(new Insets(12));
        MessageViewer viewer = new MessageViewer(model, messages, tagging);
        getItems().addAll(list, viewer);
        setDividerPositions(0.55);
    }
}
