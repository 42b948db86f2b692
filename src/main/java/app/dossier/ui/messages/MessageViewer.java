package app.dossier.ui.messages;

import app.dossier.i18n.Messages;
import app.dossier.model.Address;
import app.dossier.model.Attachment;
import app.dossier.model.HeaderAnalysis;
import app.dossier.model.MessageDetail;
import app.dossier.model.OriginalInfo;
import app.dossier.model.ReceivedHop;
import app.dossier.model.SourceRef;
import app.dossier.ui.forms.FormGrid;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One message in full: header block, text or safe HTML, attachments, headers and hops, authenticity, originals. */
final class MessageViewer extends VBox {
    private final MessagesViewModel model;
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final Label subject = new Label();
    private final FormGrid header = new FormGrid();
    private final app.dossier.ui.keyphrases.HighlightArea text = new app.dossier.ui.keyphrases.HighlightArea();
    private final app.dossier.ui.keyphrases.SourceTagging tagging;
    private final HtmlPane html = new HtmlPane();
    private final Tab htmlTab;
    private final ListView<Attachment> attachments = new ListView<>();
    private final TableView<ReceivedHop> hops = new TableView<>();
    private final TableView<HeaderAnalysis.HeaderLine> rawHeaders = new TableView<>();
    private final AuthenticityPane authenticity;
    private final VBox originals = new VBox(8);
    private final Label empty;

    MessageViewer(MessagesViewModel model, Messages messages, app.dossier.ui.keyphrases.SourceTagging tagging) {
        this.model = model;
        this.tagging = tagging;
        this.messages = messages;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.MEDIUM)
                .withLocale(messages.locale());
        this.authenticity = new AuthenticityPane(messages);
        setId("messageViewer");
        setPadding(new Insets(12));
        setSpacing(8);
        subject.setId("messageSubject");
        subject.getStyleClass().add(Styles.TITLE_3);
        subject.setWrapText(true);
        subject.setMinHeight(Region.USE_PREF_SIZE);
        text.setId("messageText");
        text.setEditable(false);
        text.setWrapText(true);
        attachments.setId("messageAttachments");
        attachments.setPrefHeight(90);
        attachments.setCellFactory(list -> new AttachmentCell());

        TabPane tabs = new TabPane();
        tabs.setId("messageTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Select words, then one key tags them as a key phrase (keys and toolbar above the text).
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox textBox = new VBox(6, app.dossier.ui.keyphrases.TaggingControls.install(text, tagging, messages), text);
        textBox.setPadding(new Insets(6, 0, 0, 0));
        Tab textTab = new Tab(messages.get("viewer.text"), textBox);
        htmlTab = new Tab(messages.get("viewer.html"), html);
        Tab headersTab = new Tab(messages.get("viewer.headers"), headersPane());
        headersTab.setId("tabHeaders");
        ScrollWrap auth = new ScrollWrap(authenticity);
        Tab authTab = new Tab(messages.get("viewer.authenticity"), auth);
        authTab.setId("tabAuthenticity");
        Tab originalsTab = new Tab(messages.get("viewer.originals"), new ScrollWrap(originals));
        originalsTab.setId("tabOriginals");
        tabs.getTabs().addAll(textTab, htmlTab, headersTab, authTab, originalsTab);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        empty = new Label(messages.get("viewer.none"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        Label attachmentsTitle = new Label(messages.get("viewer.attachments"));
        VBox attachmentBox = new VBox(4, attachmentsTitle, attachments);
        attachmentBox.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(attachments.getItems()));
        attachmentBox.managedProperty().bind(attachmentBox.visibleProperty());
        VBox content = new VBox(8, subject, header, attachmentBox, tabs);
        VBox.setVgrow(content, Priority.ALWAYS);
        content.visibleProperty().bind(model.detailProperty().isNotNull());
        content.managedProperty().bind(content.visibleProperty());
        empty.visibleProperty().bind(model.detailProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(empty, content);
        model.detailProperty().addListener((obs, old, now) -> show(now));
    }

    private VBox headersPane() {
        hops.setId("messageHops");
        hops.setPrefHeight(170);
        hops.setMinHeight(130);
        hops.setPlaceholder(new Label(messages.get("viewer.noHops")));
        hops.getColumns().add(column(messages.get("hop.number"), h -> Integer.toString(h.number()), 40));
        hops.getColumns().add(column(messages.get("hop.from"), ReceivedHop::from, 170));
        hops.getColumns().add(column(messages.get("hop.by"), ReceivedHop::by, 170));
        hops.getColumns().add(column(messages.get("hop.with"), ReceivedHop::with, 70));
        hops.getColumns().add(column(messages.get("hop.time"), h -> h.time() == null ? "" : h.time().toString(), 180));
        hops.getColumns().add(column(messages.get("hop.delay"), h -> delay(h.delay()), 80));
        rawHeaders.setId("messageRawHeaders");
        TableColumn<HeaderAnalysis.HeaderLine, String> name = new TableColumn<>(messages.get("viewer.headerName"));
        name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        name.setPrefWidth(170);
        TableColumn<HeaderAnalysis.HeaderLine, String> value = new TableColumn<>(messages.get("viewer.headerValue"));
        value.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().value()));
        value.setPrefWidth(520);
        rawHeaders.getColumns().add(name);
        rawHeaders.getColumns().add(value);
        VBox.setVgrow(rawHeaders, Priority.ALWAYS);
        VBox box = new VBox(6, new Label(messages.get("viewer.hops")), hops, new Label(messages.get("viewer.allHeaders")),
                rawHeaders);
        box.setPadding(new Insets(8));
        return box;
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value,
                                                     double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new SimpleStringProperty(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static String delay(Duration delay) {
        if (delay == null) {
            return "";
        }
        long seconds = delay.getSeconds();
        return seconds < 120 ? seconds + " s" : seconds < 7200 ? seconds / 60 + " min" : seconds / 3600 + " h";
    }

    private void show(MessageDetail detail) {
        if (detail == null) {
            tagging.clear();
            return;
        }
        subject.setText(detail.summary().subject().isBlank() ? messages.get("viewer.noSubject")
                : detail.summary().subject());
        header.getChildren().clear();
        header.row(messages.get("messages.from"), value(detail.from().display()));
        header.row(messages.get("messages.to"), value(people(detail.to())));
        if (!detail.cc().isEmpty()) {
            header.row(messages.get("viewer.cc"), value(people(detail.cc())));
        }
        if (!detail.bcc().isEmpty()) {
            header.row(messages.get("viewer.bcc"), value(people(detail.bcc())));
        }
        header.row(messages.get("messages.date"), value(detail.summary().sentAt() == null ? messages.get("viewer.noDate")
                : dates.format(detail.summary().sentAt())));
        if (!detail.summary().flags().isEmpty()) {
            header.row(messages.get("messages.flags"), value(detail.summary().flags().stream()
                    .map(f -> messages.get(FlagTexts.key(f))).collect(Collectors.joining(" · "))));
        }
        boolean encrypted = detail.summary().flags().contains(app.dossier.model.MessageFlag.SMIME_ENCRYPTED);
        text.setText(encrypted && detail.text().isBlank() ? messages.get("viewer.encrypted")
                : app.dossier.keyphrases.PhraseText.canonical(detail.text()));
        tagging.show(app.dossier.model.ExhibitRef.SourceKind.MESSAGE, detail.summary().id());
        htmlTab.setDisable(detail.html().isBlank());
        html.show(detail.html());
        attachments.getItems().setAll(detail.attachments());
        HeaderAnalysis analysis = detail.analysis();
        hops.getItems().setAll(analysis == null ? List.of() : analysis.hops());
        rawHeaders.getItems().setAll(analysis == null ? List.of() : analysis.rawHeaders());
        authenticity.show(analysis, detail.smime());
        showOriginals(detail);
    }

    private Label value(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private static String people(List<Address> addresses) {
        return addresses.stream().map(Address::display).collect(Collectors.joining(", "));
    }

    private void showOriginals(MessageDetail detail) {
        originals.getChildren().clear();
        originals.setPadding(new Insets(10));
        int number = 1;
        for (OriginalInfo original : detail.originals()) {
            Label title = new Label(messages.format(number == 1 ? "originals.best" : "originals.other", number,
                    original.size(), original.format()));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            Label sha = new Label("SHA-256 " + original.sha256());
            sha.getStyleClass().add(Styles.TEXT_SMALL);
            VBox box = new VBox(3, title, sha);
            if (original.format() == app.dossier.model.ItemFormat.PST_ITEM) {
                Label converted = new Label(messages.get("originals.converted"));
                converted.setWrapText(true);
                converted.getStyleClass().add(Styles.WARNING);
                box.getChildren().add(converted);
            }
            for (SourceRef source : original.sources()) {
                Label where = new Label(source.describe());
                where.setWrapText(true);
                where.getStyleClass().add(Styles.TEXT_MUTED);
                box.getChildren().add(where);
            }
            Button export = new Button(messages.get("originals.export"), new FontIcon(Feather.SAVE));
            export.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName(original.sha256().substring(0, 12)
                        + (original.format() == app.dossier.model.ItemFormat.OUTLOOK_MSG ? ".msg" : ".eml"));
                File target = chooser.showSaveDialog(getScene().getWindow());
                if (target != null) {
                    model.exportOriginal(original.id(), target.toPath(), this::saveFailed);
                }
            });
            box.getChildren().add(export);
            originals.getChildren().add(box);
            number++;
        }
    }

    /** Called when a save or export ended: null when it worked, else the reason in the user's words. */
    private void saveFailed(String reason) {
        if (reason == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.format("viewer.saveFailed", reason));
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.show();
    }

    /** An attachment with its size and a Save button; attachments are never opened by Dossier. */
    private final class AttachmentCell extends ListCell<Attachment> {
        @Override
        protected void updateItem(Attachment item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.name() + "  (" + item.mimeType() + ", " + item.size() + " B)",
                    new FontIcon(Feather.PAPERCLIP));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button save = new Button(messages.get("viewer.save"));
            save.getStyleClass().add(Styles.SMALL);
            save.setOnAction(e -> {
                MessageDetail detail = model.detailProperty().get();
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName(item.name().replaceAll("[\\\\/:*?\"<>|]", "_"));
                File target = chooser.showSaveDialog(getScene().getWindow());
                if (target != null && detail != null) {
                    model.saveAttachment(detail, item.ordinal(), target.toPath(), MessageViewer.this::saveFailed);
                }
            });
            setText(null);
            setGraphic(new HBox(8, name, spacer, save));
        }
    }

    /** A scroll pane that fits its content to the width. */
    private static final class ScrollWrap extends javafx.scene.control.ScrollPane {
        ScrollWrap(javafx.scene.Node content) {
            super(content);
            setFitToWidth(true);
        }
    }
}
