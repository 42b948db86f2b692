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
    private final app.dossier.mailbox.MessageService messages;
    private final ObjectProperty<TimelineEvent> selected = new SimpleObjectProperty<>(this, "selected");
    private final javafx.beans.property.ReadOnlyStringWrapper sourceText =
            new javafx.beans.property.ReadOnlyStringWrapper(this, "sourceText", "");
    private boolean built;

    public TimelineViewModel(TimelineService service, app.dossier.mailbox.MessageService messages, TaskRunner tasks,
                             ObservableObjectValue<OpenCase> openCase) {
        this.service = service;
        this.messages = messages;
        this.tasks = tasks;
        this.openCase = openCase;
        openCase.addListener((obs, old, now) -> {
            built = false;
            all.clear();
            chain.clear();
        });
        kind.addListener((obs, old, now) -> filter());
        selected.addListener((obs, old, now) -> loadSource(now));
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

    private void loadSource(TimelineEvent event) {
        OpenCase open = openCase.get();
        if (event == null || open == null) {
            sourceText.set("");
            return;
        }
        Task<String> task = new Task<>() {
            @Override
            protected String call() {
                return messages.sourceText(open, event.sourceType(), event.sourceId());
            }
        };
        task.setOnSucceeded(e -> {
            if (event.equals(selected.get())) {
                sourceText.set(task.getValue());
            }
        });
        tasks.run(task);
    }

    /** Where the key sentence stands in the source text (start, end), found across line breaks; null if not found. */
    public static int[] keyRange(String text, String key) {
        if (text == null || key == null || key.isBlank()) {
            return null;
        }
        String[] words = key.strip().split("\\s+");
        StringBuilder pattern = new StringBuilder();
        for (String w : words) {
            if (pattern.length() > 0) {
                pattern.append("\\s+");
            }
            pattern.append(java.util.regex.Pattern.quote(w));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern.toString()).matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    public ObjectProperty<TimelineEvent> selectedProperty() {
        return selected;
    }

    public javafx.beans.property.ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
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
