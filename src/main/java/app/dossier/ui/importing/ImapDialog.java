package app.dossier.ui.importing;

import app.dossier.i18n.Messages;
import app.dossier.ingest.imap.ImapSettings;
import app.dossier.ui.forms.FormGrid;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Asks where to read mail from over IMAP; the password is used for this import only and never stored. */
public final class ImapDialog extends Dialog<ImapSettings> {
    public ImapDialog(Window owner, Messages messages, ImportViewModel model) {
        initOwner(owner);
        setTitle(messages.get("imap.title"));
        setHeaderText(messages.get("imap.header"));
        TextField host = new TextField();
        host.setId("imapHost");
        TextField port = new TextField("993");
        port.setId("imapPort");
        port.setPrefColumnCount(5);
        TextField user = new TextField();
        user.setId("imapUser");
        PasswordField password = new PasswordField();
        password.setId("imapPassword");
        ComboBox<ImapSettings.Security> security = new ComboBox<>();
        security.setId("imapSecurity");
        security.getItems().setAll(ImapSettings.Security.values());
        security.setValue(ImapSettings.Security.IMAPS);
        security.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImapSettings.Security s) {
                return s == null ? "" : messages.get(switch (s) {
                    case IMAPS -> "imap.security.imaps";
                    case STARTTLS -> "imap.security.starttls";
                    case PLAIN_ALLOWED -> "imap.security.plain";
                });
            }

            @Override
            public ImapSettings.Security fromString(String text) {
                return null; // picked, never typed
            }
        });
        security.valueProperty().addListener((obs, old, now) -> port.setText(
                now == ImapSettings.Security.IMAPS ? "993" : "143"));
        ComboBox<String> folder = new ComboBox<>();
        folder.setId("imapFolder");
        folder.setEditable(true);
        folder.setValue("INBOX");
        Label folderProblem = new Label();
        folderProblem.getStyleClass().add(Styles.DANGER);
        folderProblem.setWrapText(true);
        Button list = new Button(messages.get("imap.listFolders"));
        list.setOnAction(e -> {
            ImapSettings probe = settings(host, port, user, password, security, folder, null, null, null);
            list.setDisable(true);
            model.listFolders(probe, messages, folders -> {
                list.setDisable(false);
                folder.getItems().setAll(folders);
                folderProblem.setText("");
            }, reason -> {
                list.setDisable(false);
                folderProblem.setText(messages.format("imap.failed", reason));
            });
        });
        HBox folderRow = new HBox(6, folder, list);
        HBox.setHgrow(folder, Priority.ALWAYS);
        DatePicker from = new DatePicker();
        DatePicker to = new DatePicker();
        TextField participant = new TextField();
        participant.setPromptText(messages.get("imap.participantPrompt"));

        FormGrid form = new FormGrid()
                .row(messages.get("imap.host"), host)
                .row(messages.get("imap.port"), port)
                .row(messages.get("imap.user"), user)
                .row(messages.get("imap.password"), password)
                .row(messages.get("imap.security"), security)
                .row(messages.get("imap.folder"), folderRow)
                .full(folderProblem)
                .row(messages.get("imap.from"), from)
                .row(messages.get("imap.to"), to)
                .row(messages.get("imap.participant"), participant)
                .full(new Label(messages.get("imap.readOnly")));
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(host.textProperty().isEmpty()
                .or(user.textProperty().isEmpty()).or(password.textProperty().isEmpty()));
        setResultConverter(button -> button == ButtonType.OK
                ? settings(host, port, user, password, security, folder, from, to, participant) : null);
    }

    private static ImapSettings settings(TextField host, TextField port, TextField user, PasswordField password,
                                         ComboBox<ImapSettings.Security> security, ComboBox<String> folder,
                                         DatePicker from, DatePicker to, TextField participant) {
        int number;
        try {
            number = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        return new ImapSettings(host.getText().strip(), number, user.getText().strip(),
                password.getText().toCharArray(), security.getValue(), folder.getValue(),
                from == null ? null : from.getValue(), to == null ? null : to.getValue(),
                participant == null ? "" : participant.getText());
    }
}
