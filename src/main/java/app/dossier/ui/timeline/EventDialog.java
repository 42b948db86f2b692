package app.dossier.ui.timeline;

import app.dossier.i18n.KindTexts;
import app.dossier.i18n.Messages;
import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import app.dossier.ui.forms.FormGrid;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Sets an event's time and words, or adds an event the mail does not show (a phone call, a change
 * made without a mail). The time is entered in the user's clock; an edited event keeps its offset.
 */
final class EventDialog extends Dialog<EventDialog.Input> {
    /** What the user entered. */
    record Input(OffsetDateTime time, EventKind kind, String actor, String text) {
    }

    /** Edits an existing event: time and text only (its kind has its own keys). */
    static EventDialog edit(Window owner, Messages messages, TimelineEvent event) {
        return new EventDialog(owner, messages, event, event.time().getOffset().normalized(), event.kind(), event.actor(),
                event.key(), false, java.util.List.of());
    }

    /** Adds an event by hand, starting at the current time; the case's people are offered as who. */
    static EventDialog add(Window owner, Messages messages, ZoneId zone, java.util.List<String> people) {
        return new EventDialog(owner, messages, null, zone, EventKind.CHANGE, "", "", true, people);
    }

    private EventDialog(Window owner, Messages messages, TimelineEvent event, ZoneId zone, EventKind startKind,
                        String startActor, String startText, boolean adding, java.util.List<String> people) {
        initOwner(owner);
        setTitle(messages.get(adding ? "timeline.add.title" : "timeline.edit.title"));
        setHeaderText(messages.get(adding ? "timeline.add.header" : "timeline.edit.header"));
        OffsetDateTime start = event == null ? OffsetDateTime.now(zone).withSecond(0).withNano(0)
                : event.time().atZoneSameInstant(zone).toOffsetDateTime();
        DatePicker date = new DatePicker(start.toLocalDate());
        date.setId("eventDate");
        TextField time = new TextField(start.toLocalTime().withSecond(0).withNano(0).toString());
        time.setId("eventTime");
        time.setPromptText("19:42");
        ComboBox<EventKind> kind = new ComboBox<>();
        kind.setId("eventKind");
        kind.getItems().addAll(Arrays.stream(EventKind.values()).filter(k -> k != EventKind.OTHER).toList());
        kind.setValue(startKind);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventKind k) {
                return k == null ? "" : messages.get(KindTexts.key(k));
            }

            @Override
            public EventKind fromString(String s) {
                return null; // picked, never typed
            }
        });
        ComboBox<String> actor = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(people));
        actor.setEditable(true);
        actor.getEditor().setText(startActor);
        actor.setId("eventActor");
        actor.setPromptText(messages.get("timeline.add.actorPrompt"));
        actor.setMaxWidth(Double.MAX_VALUE);
        TextArea text = new TextArea(startText);
        text.setId("eventText");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            if (date.getValue() == null || parseTime(time.getText()) == null) {
                return messages.get("note.problem.time");
            }
            return text.getText().isBlank() ? messages.get("timeline.add.problem.text") : "";
        }, date.valueProperty(), time.textProperty(), text.textProperty()));
        FormGrid form = new FormGrid()
                .row(messages.get("note.date"), date)
                .row(messages.get("note.time"), time);
        if (adding) {
            form.row(messages.get("timeline.add.kind"), kind).row(messages.get("timeline.add.actor"), actor);
        }
        form.row(messages.get("note.text"), text).full(problem);
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.isNotEmpty(problem.textProperty()));
        setResultConverter(button -> button != ButtonType.OK ? null
                : new Input(when(date.getValue(), parseTime(time.getText()), zone), kind.getValue(), actor.getEditor().getText().strip(),
                        text.getText().strip()));
    }

    private static OffsetDateTime when(LocalDate day, LocalTime time, ZoneId zone) {
        return day.atTime(time).atZone(zone).toOffsetDateTime();
    }

    static LocalTime parseTime(String text) {
        String t = text == null ? "" : text.strip();
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
