package app.dossier.cases;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** One piece of work submitted to a {@link CaseSession}: its lane, state and cancel request. */
public final class Job<T> {
    private final Lane lane;
    private final CancelToken token = new CancelToken();
    private final AtomicReference<JobState> state = new AtomicReference<>(JobState.QUEUED);
    private final CountDownLatch done = new CountDownLatch(1);

    Job(Lane lane) {
        this.lane = lane;
    }

    public Lane lane() {
        return lane;
    }

    public JobState state() {
        return state.get();
    }

    public boolean isDone() {
        return state.get().isDone();
    }

    /** Asks the job to stop; a job still queued never starts. */
    public void cancel() {
        token.cancel();
    }

    public boolean isCancelRequested() {
        return token.isCancelled();
    }

    /** Waits until the job has ended (its handler may still be queued on the callback executor). */
    public boolean await(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    CancelToken token() {
        return token;
    }

    boolean start() {
        return state.compareAndSet(JobState.QUEUED, JobState.RUNNING);
    }

    void finish(JobState end) {
        state.set(end);
        done.countDown();
    }
}
