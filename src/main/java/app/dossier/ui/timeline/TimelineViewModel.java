package app.dossier.ui.timeline;

import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.mailbox.MessageService;
import app.dossier.model.ChangeProof;
import app.dossier.model.EventKind;
import app.dossier.model.EventSource;
import app.dossier.model.TimelineEvent;
import app.dossier.timeline.Timeline;
import app.dossier.timeline.TimelineService;
import app.dossier.ui.tasks.TaskRunner;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * The case's timeline as the Timeline section shows it. It puts together the parts that each do
 * one job — the filters ({@link TimelineFilters}), what is shown ({@link TimelineContent}), the
 * builds ({@link TimelineBuilds}), the user's decisions ({@link TimelineDecisions}) and the review
 * queue — and keeps the chosen event and its source.
 */
public final class TimelineViewModel {
    private final MessageService messageService;
    private final TaskRunner tasks;
    private final ObservableValue<Messages> messages;
    private final ZoneId zone;
    private final ObservableObjectValue<OpenCase> openCase;
    private final TimelineFilters filters = new TimelineFilters(this::filter);
    private final TimelineContent content;
    private final TimelineBuilds builds;
    private final TimelineDecisions decisions;
    private final ReviewQueueViewModel review;
    private final ObjectProperty<TimelineEvent> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper(this, "sourceText", "");

    public TimelineViewModel(TimelineService service, MessageService messageService, TaskRunner tasks,
                             ObservableValue<Messages> messages, ZoneId zone, ObservableObjectValue<OpenCase> openCase) {
        this.messageService = messageService;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
        this.openCase = openCase;
        this.content = new TimelineContent(zone);
        this.builds = new TimelineBuilds(service, tasks, messages, openCase, this::show, status::set);
        this.decisions = new TimelineDecisions(service, tasks, openCase, builds::redecide,
                failure -> status.set(TimelineBuilds.failed(messages.getValue(), "timeline.failed.decision", failure)));
        this.review = new ReviewQueueViewModel(decisions);
        // The event under review is the chosen one: its source and key sentence are shown beside it.
        review.currentProperty().addListener((obs, old, now) -> {
            if (now != null && review.activeProperty().get()) {
                selected.set(now);
            }
        });
        review.activeProperty().addListener((obs, old, now) -> {
            if (now && review.currentProperty().get() != null) {
                selected.set(review.currentProperty().get());
            }
        });
        openCase.addListener((obs, old, now) -> {
            review.reset();
            builds.reset();
            content.clear();
            status.set("");
        });
        selected.addListener((obs, old, now) -> loadSource(now));
    }

    /** Builds the timeline in the background the first time it is shown, and after imports. */
    public void ensureBuilt() {
        builds.ensureBuilt();
    }

    public void rebuild() {
        builds.rebuild();
    }

    private void show(Timeline timeline) {
        TimelineEvent before = selected.get();
        content.show(timeline, filters.current(), filters.showHidden().get());
        review.update(timeline.events(), timeline.candidates());
        if (before != null) {
            // Keep the user's place: the same event (its kind or time may have changed) stays chosen,
            // unless it was just hidden and hidden events are not shown.
            selected.set(content.same(before, filters.showHidden().get()).orElse(null));
        }
    }

    private void filter() {
        content.filter(filters.current(), filters.showHidden().get());
    }

    /** The user's decision: another kind for this event. Kept in the case; wins over every rebuild. */
    public void changeKind(TimelineEvent event, EventKind newKind) {
        decisions.changeKind(event, newKind);
    }

    /** The user's decision: the kind as read is right. */
    public void confirm(TimelineEvent event) {
        decisions.confirm(event);
    }

    /** The events nobody has reviewed, the least certain first. */
    public ReviewQueueViewModel review() {
        return review;
    }

    /** The user's decision: this event is off the timeline. */
    public void hide(TimelineEvent event) {
        decisions.hide(event);
    }

    /** The user's decision: a hidden event is back on the timeline. */
    public void unhide(TimelineEvent event) {
        decisions.unhide(event);
    }

    /** Whether the event is one the user hid. */
    public boolean isHidden(TimelineEvent event) {
        return content.isHidden(event);
    }

    /** The user's decision: this event happened at another time, or is better said in other words. */
    public void edit(TimelineEvent event, OffsetDateTime time, String newText) {
        decisions.edit(event, time, newText);
    }

    /** An event the mail does not show: a phone call, a change made without a mail. */
    public void add(OffsetDateTime time, EventKind newKind, String actor, String eventText) {
        decisions.add(time, newKind, actor, eventText);
    }

    /** Narrows the timeline to the conversation of this event (or back to all, with an empty thread). */
    public void showThread(TimelineEvent event) {
        filters.showThread(event);
    }

    public void clearFilters() {
        filters.clear();
    }

    /** What went wrong with the timeline in words (a failed or stopped build, a decision not saved); empty when all is well. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void loadSource(TimelineEvent event) {
        OpenCase open = openCase.get();
        if (event == null || open == null || event.source() == EventSource.MANUAL) {
            sourceText.set(event == null ? "" : event.key());
            return;
        }
        tasks.quick("activity.showSource", job -> messageService.sourceText(job.openCase(), event.source(),
                event.sourceId()), text -> {
                    if (event.equals(selected.get())) {
                        sourceText.set(text);
                    }
                }, failure -> {
                    if (event.equals(selected.get())) {
                        sourceText.set(TimelineBuilds.failed(messages.getValue(), "timeline.failed.source", failure));
                    }
                });
    }

    LocalDate day(TimelineEvent e) {
        return content.day(e);
    }

    public ZoneId zone() {
        return zone;
    }

    public ObjectProperty<TimelineEvent> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    /** The events that pass the filters, in time order. */
    public ObservableList<TimelineEvent> visible() {
        return content.visible();
    }

    /** The same events with a heading for every day. */
    public ObservableList<TimelineRow> rows() {
        return content.rows();
    }

    public ObservableList<ChangeProof> chainOfProof() {
        return content.chain();
    }

    public ObservableList<String> people() {
        return content.people();
    }

    /** Whether the list also shows the events the user hid (greyed, to be shown again). */
    public BooleanProperty showHiddenProperty() {
        return filters.showHidden();
    }

    public ReadOnlyIntegerProperty hiddenCountProperty() {
        return content.hiddenCount();
    }

    public ObjectProperty<EventKind> kindProperty() {
        return filters.kind();
    }

    /** The person filter: an address, or a part of a name. */
    public StringProperty personProperty() {
        return filters.person();
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return filters.from();
    }

    public ObjectProperty<LocalDate> toProperty() {
        return filters.to();
    }

    public StringProperty threadProperty() {
        return filters.thread();
    }

    public StringProperty textProperty() {
        return filters.text();
    }
}
