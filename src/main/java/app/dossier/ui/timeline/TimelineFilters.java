package app.dossier.ui.timeline;

import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;

/** What the user narrowed the timeline to, as properties the view binds to; any change is heard at once. */
final class TimelineFilters {
    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty person = new SimpleStringProperty(this, "person", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty thread = new SimpleStringProperty(this, "thread", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty showHidden = new SimpleBooleanProperty(this, "showHidden", false);

    /** @param changed runs after every change of a filter */
    TimelineFilters(Runnable changed) {
        ChangeListener<Object> any = (obs, old, now) -> changed.run();
        kind.addListener(any);
        person.addListener(any);
        from.addListener(any);
        to.addListener(any);
        thread.addListener(any);
        text.addListener(any);
        showHidden.addListener(any);
    }

    /** The filters as they are now. */
    TimelineFilter current() {
        return new TimelineFilter(kind.get(), person.get(), from.get(), to.get(), thread.get(), text.get());
    }

    /** Every filter off except whether hidden events are shown (a view choice, not a narrowing). */
    void clear() {
        kind.set(null);
        person.set("");
        from.set(null);
        to.set(null);
        thread.set("");
        text.set("");
    }

    /** Narrows to the conversation of this event (or back to all, with none). */
    void showThread(TimelineEvent event) {
        thread.set(event == null ? "" : event.thread());
    }

    ObjectProperty<EventKind> kind() {
        return kind;
    }

    StringProperty person() {
        return person;
    }

    ObjectProperty<LocalDate> from() {
        return from;
    }

    ObjectProperty<LocalDate> to() {
        return to;
    }

    StringProperty thread() {
        return thread;
    }

    StringProperty text() {
        return text;
    }

    BooleanProperty showHidden() {
        return showHidden;
    }
}
