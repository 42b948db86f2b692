package app.dossier.ui.cases;

import app.dossier.i18n.Messages;
import app.dossier.ui.forms.FormGrid;
import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The "new case" form: title, folder, optional encryption. Returns true when the user confirmed. */
public final class NewCaseDialog extends Dialog<Boolean> {
    public NewCaseDialog(Window owner, Messages messages, NewCaseViewModel model) {
        initOwner(owner);
        setTitle(messages.get("newCase.title"));
        setHeaderText(messages.get("newCase.header"));

        TextField title = new TextField();
        title.setId("newCaseTitle");
        title.setPromptText(messages.get("newCase.titlePrompt"));
        title.textProperty().bindBidirectional(model.titleProperty());

        TextField folder = new TextField();
        folder.setId("newCaseFolder");
        folder.textProperty().bindBidirectional(model.parentFolderProperty());
        Button browse = new Button(messages.get("newCase.browse"));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("newCase.folder"));
            File current = new File(folder.getText());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.getAbsolutePath());
            }
        });
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);

        Label location = new Label();
        location.getStyleClass().add(Styles.TEXT_MUTED);
        location.textProperty().bind(Bindings.createStringBinding(() -> model.locationProperty().get() == null
                ? "" : messages.format("newCase.willCreate", model.locationProperty().get()), model.locationProperty()));

        CheckBox encrypt = new CheckBox(messages.get("newCase.encrypt"));
        encrypt.setId("newCaseEncrypt");
        encrypt.selectedProperty().bindBidirectional(model.encryptProperty());
        PasswordField password = new PasswordField();
        password.setId("newCasePassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("newCaseRepeat");
        repeat.textProperty().bindBidirectional(model.repeatProperty());
        password.disableProperty().bind(encrypt.selectedProperty().not());
        repeat.disableProperty().bind(encrypt.selectedProperty().not());

        TextField me = new TextField();
        me.setId("newCaseMe");
        me.setPromptText(messages.get("newCase.mePrompt"));
        me.textProperty().bindBidirectional(model.meProperty());

        Label problem = new Label();
        problem.setId("newCaseProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());

        FormGrid form = new FormGrid()
                .row(messages.get("newCase.caseTitle"), title)
                .row(messages.get("newCase.folder"), folderRow)
                .full(location)
                .row(messages.get("newCase.me"), me)
                .full(encrypt)
                .row(messages.get("newCase.password"), password)
                .row(messages.get("newCase.repeat"), repeat)
                .full(new Label(messages.get("newCase.passwordHint")))
                .full(problem);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(Bindings.isNotEmpty(model.problemProperty()));
        setResultConverter(button -> button == ButtonType.OK);
        Platform.runLater(title::requestFocus);
    }
}
