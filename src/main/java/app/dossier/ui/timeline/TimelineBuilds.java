package app.dossier.ui.timeline;

import app.dossier.cases.JobListener;
import app.dossier.cases.JobProgress;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.FailureTexts;
import app.dossier.i18n.Messages;
import app.dossier.timeline.Timeline;
import app.dossier.timeline.TimelineService;
import app.dossier.ui.tasks.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.value.ObservableObjectValue;
import javafx.beans.value.ObservableValue;

/**
 * Building the open case's timeline: the first build on the long lane (it reads every message,
 * yielding to quick reads), then, after each decision, the kept draft with the decisions applied
 * again on the quick lane. Results for a case that is no longer open are dropped; a failed or
 * stopped build is said in words instead of showing a partial timeline.
 */
final class TimelineBuilds {
    private final TimelineService service;
    private final TaskRunner tasks;
    private final ObservableValue<Messages> messages;
    private final ObservableObjectValue<OpenCase> openCase;
    private final Consumer<Timeline> show;
    private final Consumer<String> status;
    private boolean built;
    /** The case read into events before decisions; a decision re-applies decisions to it, nothing more. */
    private TimelineService.Draft draft;

    /**
     * @param show   hears each timeline made for the open case
     * @param status hears what went wrong in words, and "" when a build starts
     */
    TimelineBuilds(TimelineService service, TaskRunner tasks, ObservableValue<Messages> messages,
                   ObservableObjectValue<OpenCase> openCase, Consumer<Timeline> show, Consumer<String> status) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.openCase = openCase;
        this.show = show;
        this.status = status;
    }

    /** Another case is open: nothing built for it yet. */
    void reset() {
        built = false;
        draft = null;
    }

    void ensureBuilt() {
        if (!built) {
            rebuild();
        }
    }

    void rebuild() {
        OpenCase open = openCase.get();
        if (open == null) {
            return;
        }
        built = true;
        Messages text = messages.getValue();
        status.accept("");
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
                    show.accept(value.timeline());
                }
            }

            @Override
            public void failed(Throwable failure) {
                built = false;
                if (open.equals(openCase.get())) {
                    status.accept(TimelineBuilds.failed(messages.getValue(), "timeline.failed.build", failure));
                }
            }

            @Override
            public void cancelled() {
                built = false;
                if (open.equals(openCase.get())) {
                    status.accept(messages.getValue().get("timeline.cancelled"));
                }
            }
        });
    }

    private record Built(TimelineService.Draft draft, Timeline timeline) {
    }

    /** After a decision: the same draft with the decisions applied again (quick even for a large case). */
    void redecide() {
        OpenCase open = openCase.get();
        TimelineService.Draft current = draft;
        if (open == null || current == null) {
            rebuild();
            return;
        }
        tasks.quick("activity.applyDecision", job -> service.withDecisions(job.openCase(), current), timeline -> {
            if (open.equals(openCase.get())) {
                show.accept(timeline);
            }
        }, failure -> status.accept(failed(messages.getValue(), "timeline.failed.decision", failure)));
    }

    /** {@code key}'s text with the failure in the user's words. */
    static String failed(Messages m, String key, Throwable failure) {
        return m.format(key, new FailureTexts(m).describe(failure));
    }
}
