package app.dossier.ui.timeline;

import app.dossier.cases.JobListener;
import app.dossier.cases.JobProgress;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.FailureTexts;
import app.dossier.i18n.Messages;
import app.dossier.mailbox.MessageService;
import app.dossier.model.ChangeProof;
import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import app.dossier.timeline.Timeline;
import app.dossier.timeline.TimelineService;
import app.dossier.ui.tasks.TaskRunner;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The case's timeline: the events, narrowed by kind, person, date range, conversation and words;
 * shown as a list grouped by day and as swimlanes; the chain of proof; the source of the chosen
 * event; and the user's decisions (kind, time, text, hide, add).
 */
public final class TimelineViewModel {
    private final TimelineService service;
    private final MessageService messageService;
    private final TaskRunner tasks;
    private final javafx.beans.value.ObservableValue<Messages> messages;
    private final ZoneId zone;
    private final ObservableObjectValue<OpenCase> openCase;
    private final List<TimelineEvent> all = new ArrayList<>();
    private final List<TimelineEvent> hiddenEvents = new ArrayList<>();
    /** Each event's search words, made once: filtering 60,000 events per keystroke must stay quick. */
    private final Map<TimelineEvent, String> searchText = new java.util.IdentityHashMap<>();
    private final javafx.beans.property.BooleanProperty showHidden =
            new javafx.beans.property.SimpleBooleanProperty(this, "showHidden", false);
    private final javafx.beans.property.ReadOnlyIntegerWrapper hiddenCount =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "hiddenCount", 0);
    private final ObservableList<TimelineEvent> visible = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ChangeProof> chain = FXCollections.observableArrayList();
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final StringProperty person = new SimpleStringProperty(this, "person", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final StringProperty thread = new SimpleStringProperty(this, "thread", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<TimelineEvent> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper(this, "sourceText", "");
    private final ReviewQueueViewModel review;
    private boolean built;
    /** The case read into events before decisions; a decision re-applies decisions to it, nothing more. */
    private TimelineService.Draft draft;

    public TimelineViewModel(TimelineService service, MessageService messageService, TaskRunner tasks,
                             javafx.beans.value.ObservableValue<Messages> messages,
                             ZoneId zone, ObservableObjectValue<OpenCase> openCase) {
        this.service = service;
        this.messageService = messageService;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
        this.openCase = openCase;
        this.review = new ReviewQueueViewModel(new ReviewQueueViewModel.Decisions() {
            @Override
            public void confirm(TimelineEvent event) {
                TimelineViewModel.this.confirm(event);
            }

            @Override
            public void changeKind(TimelineEvent event, EventKind newKind) {
                TimelineViewModel.this.changeKind(event, newKind);
            }

            @Override
            public void hide(TimelineEvent event) {
                TimelineViewModel.this.hide(event);
            }
        });
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
            built = false;
            draft = null;
            all.clear();
            hiddenEvents.clear();
            hiddenCount.set(0);
            chain.clear();
            people.clear();
            status.set("");
            filter();
        });
        kind.addListener((obs, old, now) -> filter());
        person.addListener((obs, old, now) -> filter());
        from.addListener((obs, old, now) -> filter());
        to.addListener((obs, old, now) -> filter());
        thread.addListener((obs, old, now) -> filter());
        text.addListener((obs, old, now) -> filter());
        showHidden.addListener((obs, old, now) -> filter());
        selected.addListener((obs, old, now) -> loadSource(now));
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
        Messages text = messages.getValue();
        status.set("");
        tasks.job("activity.buildTimeline", job -> {
            job.progress(JobProgress.unknown(text.get("timeline.building")));
            TimelineService.Draft read = service.draft(job.openCase(), new TimelineService.Progress() {
                @Override
                public void messagesRead(long done, long total) {
                    job.progress(JobProgress.of(done, total, text.format("timeline.reading", done, total)));
                }

                @Override
                public boolean cancelled() {
                    return job.cancelled();
                }

                @Override
                public void pause() {
                    job.yieldToQuickWork(); // opening a message while the build reads stays quick
                }
            });
            // A stopped build keeps what it read but is not shown: it would be a partial timeline.
            job.token().throwIfCancelled();
            return new Built(read, service.withDecisions(job.openCase(), read));
        }, new JobListener<>() {
            @Override
            public void succeeded(Built value) {
                if (open.equals(openCase.get())) {
                    draft = value.draft();
                    show(value.timeline());
                }
            }

            @Override
            public void failed(Throwable failure) {
                built = false;
                if (open.equals(openCase.get())) {
                    status.set(TimelineViewModel.this.failed("timeline.failed.build", failure));
                }
            }

            @Override
            public void cancelled() {
                built = false;
                if (open.equals(openCase.get())) {
                    status.set(messages.getValue().get("timeline.cancelled"));
                }
            }
        });
    }

    private record Built(TimelineService.Draft draft, Timeline timeline) {
    }

    /** After a decision: the same draft with the decisions applied again (quick even for a large case). */
    private void redecide() {
        OpenCase open = openCase.get();
        TimelineService.Draft current = draft;
        if (open == null || current == null) {
            rebuild();
            return;
        }
        tasks.quick("activity.applyDecision", job -> service.withDecisions(job.openCase(), current), timeline -> {
            if (open.equals(openCase.get())) {
                show(timeline);
            }
        }, failure -> status.set(failed("timeline.failed.decision", failure)));
    }

    private void show(Timeline timeline) {
        TimelineEvent before = selected.get();
        all.clear();
        all.addAll(timeline.events());
        searchText.clear();
        hiddenEvents.clear();
        hiddenEvents.addAll(timeline.hidden());
        hiddenCount.set(hiddenEvents.size());
        chain.setAll(timeline.chainOfProof());
        people.setAll(People.byActivity(all, false));
        filter();
        review.update(timeline.events());
        if (before != null) {
            // Keep the user's place: the same event (its kind or time may have changed) stays chosen,
            // unless it was just hidden and hidden events are not shown.
            java.util.stream.Stream<TimelineEvent> shown = showHidden.get()
                    ? java.util.stream.Stream.concat(all.stream(), hiddenEvents.stream()) : all.stream();
            selected.set(shown.filter(e -> e.source().equals(before.source())
                    && e.sourceId() == before.sourceId() && e.detectedKind() == before.detectedKind())
                    .findFirst().orElse(null));
        }
    }

    /** The user's decision: another kind for this event. Kept in the case; wins over every rebuild. */
    public void changeKind(TimelineEvent event, EventKind newKind) {
        decide(open -> service.changeKind(open, event, newKind));
    }

    /** The user's decision: the kind as read is right. */
    public void confirm(TimelineEvent event) {
        decide(open -> service.confirm(open, event));
    }

    /** The events nobody has reviewed, the least certain first. */
    public ReviewQueueViewModel review() {
        return review;
    }

    /** The user's decision: this event is off the timeline. */
    public void hide(TimelineEvent event) {
        decide(open -> service.hide(open, event));
    }

    /** The user's decision: a hidden event is back on the timeline. */
    public void unhide(TimelineEvent event) {
        decide(open -> service.unhide(open, event));
    }

    /** Whether the event is one the user hid. */
    public boolean isHidden(TimelineEvent event) {
        return hiddenEvents.contains(event);
    }

    /** The user's decision: this event happened at another time, or is better said in other words. */
    public void edit(TimelineEvent event, OffsetDateTime time, String newText) {
        decide(open -> service.edit(open, event, time, newText.equals(event.key()) ? null : newText));
    }

    /** An event the mail does not show: a phone call, a change made without a mail. */
    public void add(OffsetDateTime time, EventKind newKind, String actor, String eventText) {
        decide(open -> service.addManual(open, time, newKind, actor, eventText));
    }

    /** Narrows the timeline to the conversation of this event (or back to all, with an empty thread). */
    public void showThread(TimelineEvent event) {
        thread.set(event == null ? "" : event.thread());
    }

    public void clearFilters() {
        kind.set(null);
        person.set("");
        from.set(null);
        to.set(null);
        thread.set("");
        text.set("");
    }

    private void decide(java.util.function.Consumer<OpenCase> decision) {
        if (openCase.get() == null) {
            return;
        }
        tasks.quick("activity.saveDecision", job -> {
            decision.accept(job.openCase());
            return Boolean.TRUE;
        }, saved -> redecide(), failure -> status.set(failed("timeline.failed.decision", failure)));
    }

    private String failed(String key, Throwable failure) {
        Messages m = messages.getValue();
        return m.format(key, new FailureTexts(m).describe(failure));
    }

    /** What went wrong with the timeline in words (a failed or stopped build, a decision not saved); empty when all is well. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private void loadSource(TimelineEvent event) {
        OpenCase open = openCase.get();
        if (event == null || open == null || event.source() == app.dossier.model.EventSource.MANUAL) {
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
                        sourceText.set(failed("timeline.failed.source", failure));
                    }
                });
    }

    private void filter() {
        Predicate<TimelineEvent> keep = new TimelineFilter(kind.get(), person.get(), from.get(), to.get(), thread.get(),
                text.get()).predicate(zone, e -> searchText.computeIfAbsent(e, TimelineFilter::searchText));
        List<TimelineEvent> shown = all.stream().filter(keep).toList();
        List<TimelineEvent> listed = shown;
        java.util.Set<TimelineEvent> hiddenShown = new java.util.HashSet<>();
        if (showHidden.get()) {
            hiddenEvents.stream().filter(keep).forEach(hiddenShown::add);
            List<TimelineEvent> merged = new ArrayList<>(shown);
            merged.addAll(hiddenShown);
            merged.sort(java.util.Comparator.comparing(TimelineEvent::time));
            listed = merged;
        }
        List<TimelineRow> grouped = TimelineRow.byDay(listed, hiddenShown::contains, this::day);
        visible.setAll(shown);
        rows.setAll(grouped);
    }

    LocalDate day(TimelineEvent e) {
        return e.time().atZoneSameInstant(zone).toLocalDate();
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
        return visible;
    }

    /** The same events with a heading for every day. */
    public ObservableList<TimelineRow> rows() {
        return rows;
    }

    public ObservableList<ChangeProof> chainOfProof() {
        return chain;
    }

    public ObservableList<String> people() {
        return people;
    }

    /** Whether the list also shows the events the user hid (greyed, to be shown again). */
    public javafx.beans.property.BooleanProperty showHiddenProperty() {
        return showHidden;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty hiddenCountProperty() {
        return hiddenCount.getReadOnlyProperty();
    }

    public ObjectProperty<EventKind> kindProperty() {
        return kind;
    }

    /** The person filter: an address, or a part of a name. */
    public StringProperty personProperty() {
        return person;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty threadProperty() {
        return thread;
    }

    public StringProperty textProperty() {
        return text;
    }
}
