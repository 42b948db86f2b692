package app.dossier.ui.timeline;

import app.dossier.cases.OpenCase;
import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import app.dossier.timeline.TimelineService;
import app.dossier.ui.tasks.TaskRunner;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import javafx.beans.value.ObservableObjectValue;

/**
 * The user's decisions about events (kind, confirmation, time and text, hidden, added by hand):
 * each saved in the case on the quick lane; then {@code saved} runs, or {@code failed} hears why not.
 */
final class TimelineDecisions implements ReviewQueueViewModel.Decisions {
    private final TimelineService service;
    private final TaskRunner tasks;
    private final ObservableObjectValue<OpenCase> openCase;
    private final Runnable saved;
    private final Consumer<Throwable> failed;

    TimelineDecisions(TimelineService service, TaskRunner tasks, ObservableObjectValue<OpenCase> openCase,
                      Runnable saved, Consumer<Throwable> failed) {
        this.service = service;
        this.tasks = tasks;
        this.openCase = openCase;
        this.saved = saved;
        this.failed = failed;
    }

    @Override
    public void changeKind(TimelineEvent event, EventKind newKind) {
        decide(open -> service.changeKind(open, event, newKind));
    }

    @Override
    public void confirm(TimelineEvent event) {
        decide(open -> service.confirm(open, event));
    }

    @Override
    public void hide(TimelineEvent event) {
        decide(open -> service.hide(open, event));
    }

    void unhide(TimelineEvent event) {
        decide(open -> service.unhide(open, event));
    }

    /** Another time, or the same event in other words (the same words as found change nothing). */
    void edit(TimelineEvent event, OffsetDateTime time, String newText) {
        decide(open -> service.edit(open, event, time, newText.equals(event.key()) ? null : newText));
    }

    void add(OffsetDateTime time, EventKind kind, String actor, String text) {
        decide(open -> service.addManual(open, time, kind, actor, text));
    }

    private void decide(Consumer<OpenCase> decision) {
        if (openCase.get() == null) {
            return;
        }
        tasks.quick("activity.saveDecision", job -> {
            decision.accept(job.openCase());
            return Boolean.TRUE;
        }, done -> saved.run(), failed);
    }
}
