package app.dossier.ui.importing;

import app.dossier.i18n.Messages;
import app.dossier.model.ImportFailure;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Drop zone, file and folder choosers, the result of the last import and the list of failures. */
public final class ImportView extends VBox {
    public ImportView(ImportViewModel model, Messages messages) {
        setId("importView");
        setSpacing(14);
        setPadding(new Insets(24, 28, 24, 28));

        Label title = new Label(messages.get("section.import"));
        title.setId("sectionTitle");
        title.getStyleClass().add(Styles.TITLE_2);
        Label lead = new Label(messages.get("import.lead"));
        lead.setWrapText(true);
        lead.getStyleClass().add(Styles.TEXT_MUTED);
        lead.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        VBox drop = new VBox(8);
        drop.setId("importDropZone");
        drop.getStyleClass().add("drop-zone");
        drop.setAlignment(Pos.CENTER);
        drop.setMinHeight(130);
        FontIcon dropIcon = new FontIcon(Feather.DOWNLOAD_CLOUD);
        dropIcon.setIconSize(32);
        Label dropText = new Label(messages.get("import.drop"));
        dropText.getStyleClass().add(Styles.TITLE_4);
        Label dropHint = new Label(messages.get("import.dropHint"));
        dropHint.getStyleClass().add(Styles.TEXT_MUTED);
        drop.getChildren().addAll(dropIcon, dropText, dropHint);
        drop.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !model.runningProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
                drop.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("hover"), true);
            }
            e.consume();
        });
        drop.setOnDragExited(e -> drop.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("hover"), false));
        drop.setOnDragDropped((DragEvent e) -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                model.importPaths(files.stream().map(File::toPath).toList(), messages);
            }
            e.setDropCompleted(ok);
            e.consume();
        });

        Button addFiles = new Button(messages.get("import.addFiles"), new FontIcon(Feather.FILE_PLUS));
        addFiles.setId("importAddFiles");
        addFiles.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("import.addFiles"));
            List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (files != null && !files.isEmpty()) {
                model.importPaths(files.stream().map(File::toPath).toList(), messages);
            }
        });
        Button addFolder = new Button(messages.get("import.addFolder"), new FontIcon(Feather.FOLDER_PLUS));
        addFolder.setId("importAddFolder");
        addFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("import.addFolder"));
            File folder = chooser.showDialog(getScene().getWindow());
            if (folder != null) {
                model.importPaths(List.of(folder.toPath()), messages);
            }
        });
        Button imap = new Button(messages.get("import.imap"), new FontIcon(Feather.SERVER));
        imap.setId("importImap");
        imap.setOnAction(e -> new ImapDialog(getScene().getWindow(), messages, model).showAndWait()
                .ifPresent(settings -> model.importImap(settings, messages)));
        imap.disableProperty().bind(model.runningProperty());
        Button note = new Button(messages.get("import.note"), new FontIcon(Feather.EDIT_3));
        note.setId("importNote");
        note.setOnAction(e -> new NoteDialog(getScene().getWindow(), messages, java.time.ZoneId.systemDefault())
                .showAndWait().ifPresent(n -> model.addNote(n, messages)));
        note.disableProperty().bind(model.runningProperty());
        addFiles.disableProperty().bind(model.runningProperty());
        addFolder.disableProperty().bind(model.runningProperty());
        HBox actions = new HBox(10, addFiles, addFolder, imap, note);

        Label result = new Label();
        result.setId("importResult");
        result.getStyleClass().add(Styles.TEXT_BOLD);
        result.textProperty().bind(model.resultProperty());

        Label failuresTitle = new Label(messages.get("import.failures"));
        failuresTitle.getStyleClass().add(Styles.TITLE_4);
        TableView<ImportFailure> failures = new TableView<>(model.failures());
        failures.setId("importFailures");
        failures.setPlaceholder(new Label(messages.get("import.noFailures")));
        TableColumn<ImportFailure, String> where = new TableColumn<>(messages.get("import.failure.where"));
        where.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().source().describe()));
        where.setPrefWidth(420);
        app.dossier.i18n.FailureTexts reasons = new app.dossier.i18n.FailureTexts(messages);
        TableColumn<ImportFailure, String> why = new TableColumn<>(messages.get("import.failure.why"));
        why.setCellValueFactory(c -> new SimpleStringProperty(reasons.describe(c.getValue().reason())));
        why.setPrefWidth(420);
        failures.getColumns().add(where);
        failures.getColumns().add(why);
        failures.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(failures, Priority.ALWAYS);

        getChildren().addAll(title, lead, drop, actions, result, failuresTitle, failures);
    }
}
