package app.dossier.ui.timeline;

import app.dossier.cases.OpenCase;
import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import app.dossier.timeline.Timeline;
import app.dossier.timeline.TimelineService;
import app.dossier.ui.tasks.TaskRunner;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;

/** The case's timeline with filters by kind, person and text, and the chain-of-proof summary. */
public final class TimelineViewModel {
    private final TimelineService service;
    private final TaskRunner tasks;
    private final ObservableObjectValue<OpenCase> openCase;
    private final ObservableList<TimelineEvent> all = FXCollections.observableArrayList();
    private final FilteredList<TimelineEvent> visible = new FilteredList<>(all, e -> true);
    private final ObservableList<String> chain = FXCollections.observableArrayList();
    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private boolean built;

    public TimelineViewModel(TimelineService service, TaskRunner tasks, ObservableObjectValue<OpenCase> openCase) {
        this.service = service;
        this.tasks = tasks;
        this.openCase = openCase;
        openCase.addListener((obs, old, now) -> {
            built = false;
            all.clear();
            chain.clear();
        });
        kind.addListener((obs, old, now) -> filter());
        text.addListener((obs, old, now) -> filter());
    }

    /** Builds the timeline in the background the first time it is shown, and after imports. */
    public void ensureBuilt() {
        if (!built) {
            rebuild();
        }
    }

    public void rebuild() {
        OpenCase open = openCase.get();
        if (open == null) {
            return;
        }
        built = true;
        Task<Timeline> task = new Task<>() {
            @Override
            protected Timeline call() {
                return service.build(open);
            }
        };
        task.setOnSucceeded(e -> {
            all.setAll(task.getValue().events());
            chain.setAll(task.getValue().chainOfProof());
        });
        tasks.run(task);
    }

    /** The user's decision: another kind for this event. Kept in the case; wins over every rebuild. */
    public void changeKind(TimelineEvent event, EventKind newKind) {
        decide(() -> service.changeKind(openCase.get(), event, newKind));
    }

    /** The user's decision: this event is off the timeline. */
    public void hide(TimelineEvent event) {
        decide(() -> service.hide(openCase.get(), event));
    }

    private void decide(Runnable decision) {
        if (openCase.get() == null) {
            return;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() {
                decision.run();
                return null;
            }
        };
        task.setOnSucceeded(e -> rebuild());
        tasks.run(task);
    }

    private void filter() {
        EventKind k = kind.get();
        String t = text.get() == null ? "" : text.get().strip().toLowerCase(Locale.ROOT);
        visible.setPredicate(e -> (k == null || e.kind() == k) && (t.isEmpty()
                || (e.actor() + " " + e.key() + " " + e.summary() + " " + String.join(" ", e.audience()))
                .toLowerCase(Locale.ROOT).contains(t)));
    }

    public FilteredList<TimelineEvent> visible() {
        return visible;
    }

    public ObservableList<String> chainOfProof() {
        return chain;
    }

    public ObjectProperty<EventKind> kindProperty() {
        return kind;
    }

    public StringProperty textProperty() {
        return text;
    }
}
