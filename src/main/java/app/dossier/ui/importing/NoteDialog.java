package app.dossier.ui.importing;

import app.dossier.i18n.Messages;
import app.dossier.model.NoteData;
import app.dossier.ui.forms.FormGrid;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

/** A note of a call or conversation: when, who, what. It becomes evidence like a mail. */
public final class NoteDialog extends Dialog<NoteData> {
    public NoteDialog(Window owner, Messages messages, ZoneId zone) {
        initOwner(owner);
        setTitle(messages.get("note.title"));
        setHeaderText(messages.get("note.header"));
        DatePicker date = new DatePicker(LocalDate.now(zone));
        date.setId("noteDate");
        TextField time = new TextField(LocalTime.now(zone).withSecond(0).withNano(0).toString());
        time.setId("noteTime");
        time.setPromptText("14:30");
        TextField title = new TextField();
        title.setId("noteTitle");
        title.setPromptText(messages.get("note.titlePrompt"));
        TextField participants = new TextField();
        participants.setId("noteParticipants");
        TextArea text = new TextArea();
        text.setId("noteText");
        text.setWrapText(true);
        text.setPrefRowCount(10);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            if (parseTime(time.getText()) == null) {
                return messages.get("note.problem.time");
            }
            if (title.getText().isBlank() || text.getText().isBlank()) {
                return messages.get("note.problem.empty");
            }
            return "";
        }, time.textProperty(), title.textProperty(), text.textProperty()));
        FormGrid form = new FormGrid()
                .row(messages.get("note.date"), date)
                .row(messages.get("note.time"), time)
                .row(messages.get("note.titleLabel"), title)
                .row(messages.get("note.participants"), participants)
                .row(messages.get("note.text"), text)
                .full(new Label(messages.get("note.hint")))
                .full(problem);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.isNotEmpty(problem.textProperty()));
        setResultConverter(button -> button != ButtonType.OK || date.getValue() == null ? null
                : new NoteData(date.getValue().atTime(parseTime(time.getText())).atZone(zone).toOffsetDateTime(),
                        title.getText(), participants.getText(), text.getText()));
    }

    private static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
