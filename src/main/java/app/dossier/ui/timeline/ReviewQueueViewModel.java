package app.dossier.ui.timeline;

import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCode;

/**
 * The review queue: every event whose kind nobody has stood behind yet, the least certain first, one
 * at a time. One key each confirms it, gives it another kind or hides it; the queue then moves on
 * at once, without waiting for the timeline to be redone. Decisions go to the timeline, which keeps
 * them in the case.
 */
public final class ReviewQueueViewModel {
    /** Where the queue's decisions go (the timeline view model, which stores them in the case). */
    public interface Decisions {
        void confirm(TimelineEvent event);

        void changeKind(TimelineEvent event, EventKind kind);

        void hide(TimelineEvent event);
    }

    /**
     * The least certain reading first; messages on the timeline for their facts alone (a mail at
     * night, someone dropped from copy) claim no kind, so they come after every reading.
     */
    private static final Comparator<TimelineEvent> ORDER = Comparator
            .<TimelineEvent>comparingInt(e -> e.kind() == EventKind.OTHER ? 1 : 0)
            .thenComparingDouble(TimelineEvent::confidence).thenComparing(TimelineEvent::time);

    private final Decisions decisions;
    private final ObservableList<TimelineEvent> queue = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TimelineEvent> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper(this, "done", 0);
    private final javafx.beans.property.BooleanProperty active =
            new javafx.beans.property.SimpleBooleanProperty(this, "active", false);
    /** The candidates among the queue's readings: not on the timeline until the user decides. */
    private final Set<String> candidates = new HashSet<>();
    /** Events decided here: a timeline that is still being redone must not bring them back. */
    private final Set<String> decided = new HashSet<>();

    public ReviewQueueViewModel(Decisions decisions) {
        this.decisions = decisions;
    }

    /** The timeline's events as they are now; the queue keeps its place where it can. */
    public void update(List<TimelineEvent> events) {
        update(events, List.of());
    }

    /**
     * The timeline's events and its candidates (readings too unsure to be on the timeline, which a
     * decision here puts on it or hides); both are reviewed, the least certain first.
     */
    public void update(List<TimelineEvent> events, List<TimelineEvent> suggested) {
        candidates.clear();
        suggested.forEach(e -> candidates.add(id(e)));
        List<TimelineEvent> all = new java.util.ArrayList<>(events);
        all.addAll(suggested);
        TimelineEvent was = current.get();
        int index = was == null ? 0 : Math.max(0, queue.indexOf(was));
        List<TimelineEvent> open = all.stream()
                .filter(e -> !e.review().byUser() && e.kind() != EventKind.NOTE && !decided.contains(id(e)))
                .sorted(ORDER)
                .toList();
        queue.setAll(open);
        TimelineEvent same = was == null ? null : open.stream().filter(e -> id(e).equals(id(was))).findFirst()
                .orElse(null);
        current.set(same != null ? same : open.isEmpty() ? null : open.get(Math.min(index, open.size() - 1)));
    }

    /** Whether a reading in the queue is only a candidate, not (yet) an event on the timeline. */
    public boolean isCandidate(TimelineEvent event) {
        return event != null && candidates.contains(id(event));
    }

    /** A new case: nothing decided here yet. */
    public void reset() {
        decided.clear();
        done.set(0);
        queue.clear();
        current.set(null);
    }

    /** The kind as read is right. */
    public void confirm() {
        decide(e -> decisions.confirm(e));
    }

    /** Another kind; the kind it already has is a confirmation. */
    public void changeKind(EventKind kind) {
        TimelineEvent e = current.get();
        if (e != null && kind == e.kind()) {
            confirm();
        } else {
            decide(x -> decisions.changeKind(x, kind));
        }
    }

    /** Off the timeline (kept in the case, to be shown again). */
    public void hide() {
        decide(e -> decisions.hide(e));
    }

    /** Reviews this one next (the user picked it in the list); nothing happens for one not in the queue. */
    public void choose(TimelineEvent event) {
        if (event != null && queue.contains(event)) {
            current.set(event);
        }
    }

    /** Leaves this one for later. */
    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    /**
     * One key each: Enter, Space or Y confirms; R, W, A, T, I, C, B, M set the kind; H or Delete hides;
     * N or Down goes on, P or Up goes back. Returns whether the key meant something here.
     */
    public boolean onKey(KeyCode key) {
        if (current.get() == null) {
            return false;
        }
        EventKind kind = KindKeys.of(key).orElse(null);
        if (kind != null) {
            changeKind(kind);
            return true;
        }
        switch (key) {
            case ENTER, SPACE, Y -> confirm();
            case H, DELETE -> hide();
            case N, DOWN -> next();
            case P, UP -> previous();
            default -> {
                return false;
            }
        }
        return true;
    }

    private void decide(java.util.function.Consumer<TimelineEvent> decision) {
        TimelineEvent e = current.get();
        if (e == null) {
            return;
        }
        int index = queue.indexOf(e);
        decided.add(id(e));
        queue.remove(e);
        done.set(done.get() + 1);
        current.set(queue.isEmpty() ? null : queue.get(Math.min(Math.max(index, 0), queue.size() - 1)));
        decision.accept(e);
    }

    private void move(int step) {
        TimelineEvent e = current.get();
        if (e == null || queue.isEmpty()) {
            return;
        }
        int index = queue.indexOf(e) + step;
        current.set(queue.get(Math.floorMod(index, queue.size())));
    }

    private static String id(TimelineEvent e) {
        return e.source() + ":" + e.sourceId() + ":" + e.detectedKind();
    }

    /** The events to review, the least certain first. */
    public ObservableList<TimelineEvent> queue() {
        return queue;
    }

    public ReadOnlyObjectProperty<TimelineEvent> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Whether the user is working through the queue (then the event under review is the chosen one). */
    public javafx.beans.property.BooleanProperty activeProperty() {
        return active;
    }

    /** How many were decided here since the case was opened. */
    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
