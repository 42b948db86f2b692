package app.dossier.ui.tasks;

import app.dossier.cases.CaseSession;
import app.dossier.cases.Job;
import app.dossier.cases.JobListener;
import app.dossier.cases.JobProgress;
import app.dossier.cases.JobState;
import app.dossier.cases.Lane;
import app.dossier.cases.Work;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The window's side of the open case's {@link CaseSession}: submits work to its lanes, brings
 * every outcome back to the FX thread, turns the running long job into the one progress the status
 * bar shows, and sends every failure to one place — the problems list, whose newest entry the
 * status bar shows. Opening and closing cases run in order on a thread of their own, so a case is
 * always closed before it (or another one) opens again.
 *
 * <p>All methods are called on the FX thread (in tests: the thread of the {@code fx} executor).
 */
public final class TaskRunner implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());

    private final Executor fx;
    private final CaseThread lifecycle;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ProblemsList problems;
    private final List<Job<?>> longJobs = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.Map<Job<?>, String> activities = new java.util.concurrent.ConcurrentHashMap<>();
    private CaseSession session;

    /** For the window: outcomes come back on the FX thread. */
    public TaskRunner() {
        this(Platform::runLater, Clock.systemUTC());
    }

    /** @param fx where outcomes are delivered; tests without the FX toolkit pass {@code Runnable::run} */
    public TaskRunner(Executor fx, Clock clock) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.problems = new ProblemsList(clock);
        this.lifecycle = new CaseThread(this.fx);
    }

    /** Where outcomes are delivered; for building a {@link CaseSession}. */
    public Executor callbacks() {
        return fx;
    }

    /** The session jobs go to from now on; null when no case is open. */
    public void attach(CaseSession current) {
        this.session = current;
    }

    public CaseSession session() {
        return session;
    }

    /**
     * A read the user waits for, on the quick lane. A failure goes to the problems list; a read
     * while no case is open does nothing.
     */
    public <T> Job<T> quick(String activityKey, Work<T> work, Consumer<? super T> onSuccess) {
        return quick(activityKey, work, onSuccess, failure -> { });
    }

    /** The same, with a handler of its own for the failure (the problems list hears of it too). */
    public <T> Job<T> quick(String activityKey, Work<T> work, Consumer<? super T> onSuccess,
                            Consumer<Throwable> onFailure) {
        return submit(Lane.QUICK, activityKey, work, JobListener.of(onSuccess, onFailure));
    }

    /**
     * A long job (import, timeline build, briefing) on the long lane: its progress is what the
     * status bar shows, Cancel asks it to stop, and its failure reaches the problems list as well
     * as {@code listener}.
     */
    public <T> Job<T> job(String activityKey, Work<T> work, JobListener<T> listener) {
        return submit(Lane.LONG, activityKey, work, listener);
    }

    private <T> Job<T> submit(Lane lane, String activityKey, Work<T> work, JobListener<T> listener) {
        CaseSession target = session;
        if (target == null || target.isClosing()) {
            listener.cancelled();
            return null;
        }
        boolean shown = lane == Lane.LONG;
        List<Job<T>> holder = new ArrayList<>(1);
        JobListener<T> reporting = new JobListener<>() {
            @Override
            public void succeeded(T value) {
                ended(holder, shown);
                listener.succeeded(value);
            }

            @Override
            public void failed(Throwable failure) {
                ended(holder, shown);
                report(activityKey, failure);
                listener.failed(failure);
            }

            @Override
            public void cancelled() {
                ended(holder, shown);
                listener.cancelled();
            }

            @Override
            public void progress(JobProgress p) {
                if (shown) {
                    progress.set(p.fraction());
                    message.set(p.message());
                }
                listener.progress(p);
            }
        };
        if (shown) {
            running.set(true);
            clearLastProblem();
        }
        Job<T> job = target.submit(lane, work, reporting);
        holder.add(job);
        if (shown && !job.isDone()) {
            longJobs.add(job);
            activities.put(job, activityKey);
        }
        return job;
    }

    /**
     * The activity key of the long job that is running or queued on the open case and not yet
     * asked to stop (the first one submitted); empty when there is none. Closing the case would
     * stop it, so the window asks first.
     */
    public java.util.Optional<String> runningActivity() {
        CaseSession target = session;
        if (target == null || target.isClosing()) {
            return java.util.Optional.empty();
        }
        for (Job<?> job : longJobs) {
            if (!job.isDone() && !job.isCancelRequested()) {
                return java.util.Optional.ofNullable(activities.get(job));
            }
        }
        return java.util.Optional.empty();
    }

    private void ended(List<? extends Job<?>> holder, boolean shown) {
        if (!shown) {
            return;
        }
        longJobs.removeIf(j -> holder.contains(j) || j.isDone());
        activities.keySet().removeIf(j -> holder.contains(j) || j.isDone());
        if (longJobs.isEmpty()) {
            idle();
        }
    }

    private void idleUnlessBusy() {
        if (longJobs.isEmpty()) {
            idle();
        }
    }

    private void idle() {
        running.set(false);
        progress.set(0);
        message.set("");
    }

    /**
     * Opening, creating or closing a case, in order on the case thread: a close submitted before an
     * open has finished (store and index released) when the open starts.
     */
    public <T> void lifecycle(String activityKey, Callable<T> work, Consumer<? super T> onSuccess,
                              Consumer<Throwable> onFailure) {
        lifecycle(activityKey, null, work, onSuccess, onFailure);
    }

    /** The same, saying {@code text} in the status bar while it runs (null: say nothing). */
    public <T> void lifecycle(String activityKey, String text, Callable<T> work, Consumer<? super T> onSuccess,
                              Consumer<Throwable> onFailure) {
        if (text != null) {
            running.set(true);
            progress.set(-1);
            message.set(text);
        }
        Consumer<? super T> succeeded = text == null ? onSuccess : value -> {
            idleUnlessBusy();
            onSuccess.accept(value);
        };
        Consumer<Throwable> failed = text == null ? onFailure : failure -> {
            idleUnlessBusy();
            onFailure.accept(failure);
        };
        lifecycle.run(activityKey, work, succeeded, failed);
    }

    /**
     * Closes {@code closing}: its jobs are asked to stop, and the store closes when they have; the
     * status bar says so while it waits. {@code then} runs on the FX thread afterwards.
     */
    public void close(CaseSession closing, String waitingText, Runnable then) {
        if (session == closing) {
            session = null;
        }
        longJobs.forEach(Job::cancel);
        lifecycle.execute(() -> {
            try {
                closing.close(CaseSession.CLOSE_WAIT, count -> fx.execute(() -> {
                    running.set(true);
                    progress.set(-1);
                    message.set(waitingText);
                }));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "closing " + closing.openCase().location() + " failed", e);
                fx.execute(() -> report("activity.closeCase", e));
            }
            fx.execute(() -> {
                longJobs.clear();
                activities.clear();
                idle();
                then.run();
            });
        });
    }

    /** Records a failure where the user sees it; the details go to the log. */
    public void report(String activityKey, Throwable failure) {
        problems.report(activityKey, failure);
    }

    /** Asks the running long job to stop; jobs check for cancellation in their loops. */
    public void cancel() {
        longJobs.stream().filter(j -> j.state() == JobState.RUNNING).forEach(Job::cancel);
    }

    public void clearLastProblem() {
        problems.clearLast();
    }

    /** Every failure since the window opened, newest first. */
    public ObservableList<Problem> problems() {
        return problems.all();
    }

    /** The newest failure the user has not yet moved past; null when there is none. */
    public ReadOnlyObjectProperty<Problem> lastProblemProperty() {
        return problems.lastProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Between 0 and 1, or -1 while the job cannot say how far it is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Ends the case thread; the window closes its case first ({@link #close(CaseSession, String, Runnable)}). */
    @Override
    public void close() {
        lifecycle.close();
    }
}
