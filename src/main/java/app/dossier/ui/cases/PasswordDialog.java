package app.dossier.ui.cases;

import app.dossier.i18n.Messages;
import app.dossier.ui.forms.FormGrid;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

/** Asks for the password of an encrypted case. */
public final class PasswordDialog extends Dialog<char[]> {
    public PasswordDialog(Window owner, Messages messages, Path location) {
        initOwner(owner);
        setTitle(messages.get("password.title"));
        setHeaderText(messages.format("password.header", location.getFileName()));
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        field.setAccessibleText(messages.get("password.field"));
        FormGrid form = new FormGrid().row(messages.get("password.field"), field);
        form.full(new Label(messages.get("password.hint")));
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
    }
}
