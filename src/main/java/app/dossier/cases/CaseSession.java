package app.dossier.cases;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open case and the work running on it. Quick reads and long jobs run on separate lanes, so
 * opening a message never waits behind a timeline build; every job ends in exactly one of its
 * listener's handlers; and {@link #close} cancels the jobs, waits for them, and only then closes
 * the store and its search index — so the same case opens again in the same process.
 */
public final class CaseSession implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CaseSession.class.getName());
    /** How long closing waits for jobs to stop at their next check before closing the store anyway. */
    public static final Duration CLOSE_WAIT = Duration.ofSeconds(60);
    private static final int QUICK_THREADS = 2;
    /**
     * The longest a long job holds at one {@link JobContext#yieldToQuickWork()} while quick reads
     * keep coming, so that a stream of reads slows a build but never stops it.
     */
    static final Duration MAX_YIELD = Duration.ofMillis(250);

    private final OpenCase open;
    private final Executor callbacks;
    private final ExecutorService quick;
    private final ExecutorService longJobs;
    private final Set<Job<?>> active = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Quick jobs queued or running; long jobs hold at their next yield while it is above 0. */
    private final AtomicInteger quickPending = new AtomicInteger();
    /** Quick jobs submitted so far, and the count at which a long job last waited in vain for them. */
    private final java.util.concurrent.atomic.AtomicLong quickSubmitted = new java.util.concurrent.atomic.AtomicLong();
    private volatile long outwaited = -1;
    private final Object quickIdle = new Object();

    /**
     * @param callbacks where listeners are called: {@code Platform::runLater} in the window,
     *                  {@code Runnable::run} on the command line and in tests
     */
    public CaseSession(OpenCase open, Executor callbacks) {
        this.open = Objects.requireNonNull(open, "open");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        String name = String.valueOf(open.location().getFileName());
        this.quick = Executors.newFixedThreadPool(QUICK_THREADS, threads("dossier-quick-" + name));
        this.longJobs = Executors.newSingleThreadExecutor(threads("dossier-job-" + name));
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    public OpenCase openCase() {
        return open;
    }

    /** Whether {@link #close} has begun: no new job is accepted from then on. */
    public boolean isClosing() {
        return closing.get();
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** The jobs queued or running now. */
    public List<Job<?>> activeJobs() {
        return List.copyOf(active);
    }

    /** Whether a long job is queued or running. */
    public boolean longJobRunning() {
        return active.stream().anyMatch(j -> j.lane() == Lane.LONG);
    }

    /**
     * Runs {@code work} on {@code lane}; its outcome goes to {@code listener}. A job submitted
     * while the session closes never runs and is reported as cancelled.
     */
    public <T> Job<T> submit(Lane lane, Work<T> work, JobListener<T> listener) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(listener, "listener");
        Job<T> job = new Job<>(lane);
        if (closing.get()) {
            job.cancel();
            job.finish(JobState.CANCELLED);
            callbacks.execute(listener::cancelled);
            return job;
        }
        active.add(job);
        if (lane == Lane.QUICK) {
            quickSubmitted.incrementAndGet();
            quickPending.incrementAndGet();
        }
        try {
            (lane == Lane.QUICK ? quick : longJobs).execute(() -> run(job, work, listener));
        } catch (RejectedExecutionException e) {
            quickDone(job);
            active.remove(job);
            job.cancel();
            job.finish(JobState.CANCELLED);
            callbacks.execute(listener::cancelled);
        }
        return job;
    }

    private <T> void run(Job<T> job, Work<T> work, JobListener<T> listener) {
        try {
            if (job.isCancelRequested() || !job.start()) {
                end(job, JobState.CANCELLED, listener::cancelled);
                return;
            }
            JobContext context = new JobContext() {
                @Override
                public OpenCase openCase() {
                    return open;
                }

                @Override
                public CancelToken token() {
                    return job.token();
                }

                @Override
                public void progress(JobProgress progress) {
                    callbacks.execute(() -> listener.progress(progress));
                }

                @Override
                public void yieldToQuickWork() {
                    if (job.lane() == Lane.LONG) {
                        holdWhileQuickWork(job);
                    }
                }
            };
            T value;
            try {
                value = work.run(context);
            } catch (JobCancelledException e) {
                end(job, JobState.CANCELLED, listener::cancelled);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                end(job, JobState.CANCELLED, listener::cancelled);
                return;
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "a job on " + open.location() + " failed", e);
                end(job, JobState.FAILED, () -> listener.failed(e));
                return;
            }
            end(job, JobState.SUCCEEDED, () -> listener.succeeded(value));
        } catch (RuntimeException e) {
            // Only the callback executor can throw here (e.g. the FX toolkit already gone).
            LOG.log(Level.WARNING, "could not report the end of a job", e);
        }
    }

    private void end(Job<?> job, JobState state, Runnable handler) {
        job.finish(state);
        active.remove(job);
        // Before the handler: a long job may go on while the reader's result is delivered.
        quickDone(job);
        callbacks.execute(handler);
    }

    private void quickDone(Job<?> job) {
        if (job.lane() == Lane.QUICK && quickPending.decrementAndGet() == 0) {
            synchronized (quickIdle) {
                quickIdle.notifyAll();
            }
        }
    }

    /**
     * Holds the calling long job while quick jobs are queued or running (at most {@link #MAX_YIELD}),
     * so that a read the user waits for has the cores and the database to itself: on a 2-core machine
     * a build reading on both cores otherwise makes single opens take several hundred milliseconds.
     * A quick job that outlasts the wait (a slow server) holds long jobs only once: they wait again
     * when another quick job is submitted.
     */
    private void holdWhileQuickWork(Job<?> job) {
        long seen = quickSubmitted.get();
        if (quickPending.get() == 0 || seen == outwaited) {
            return;
        }
        long deadline = System.nanoTime() + MAX_YIELD.toNanos();
        synchronized (quickIdle) {
            long left;
            while (quickPending.get() > 0 && !job.isCancelRequested()) {
                left = deadline - System.nanoTime();
                if (left <= 0) {
                    outwaited = seen;
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(quickIdle, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Quick jobs queued or running now. */
    int quickPending() {
        return quickPending.get();
    }

    /** Closes with the default wait and no word about waiting. */
    @Override
    public void close() {
        close(CLOSE_WAIT, n -> { });
    }

    /**
     * Cancels every job, waits up to {@code wait} for them to stop, then closes the store and its
     * search index. Call it off the FX thread: it blocks. {@code waiting} hears how many jobs are
     * still running when closing has to wait for them (once, after a moment), so the window can
     * say why closing takes time. Closing twice does nothing.
     */
    public void close(Duration wait, IntConsumer waiting) {
        if (!closing.compareAndSet(false, true)) {
            awaitClosed(wait);
            return;
        }
        try {
            active.forEach(Job::cancel);
            quick.shutdown();
            longJobs.shutdown();
            if (!awaitJobs(Duration.ofMillis(Math.min(300, wait.toMillis())))) {
                waiting.accept(active.size());
                if (!awaitJobs(wait)) {
                    LOG.warning(() -> active.size() + " job(s) on " + open.location() + " did not stop within "
                            + wait.toSeconds() + " s; closing the case anyway");
                }
            }
        } finally {
            try {
                open.close();
            } finally {
                closed.set(true);
                synchronized (closed) {
                    closed.notifyAll();
                }
            }
        }
    }

    private boolean awaitJobs(Duration wait) {
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            boolean quickDone = quick.awaitTermination(wait.toNanos(), TimeUnit.NANOSECONDS);
            long left = Math.max(0, deadline - System.nanoTime());
            return longJobs.awaitTermination(left, TimeUnit.NANOSECONDS) && quickDone;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void awaitClosed(Duration wait) {
        long deadline = System.currentTimeMillis() + wait.toMillis() + 5_000;
        synchronized (closed) {
            while (!closed.get() && System.currentTimeMillis() < deadline) {
                try {
                    closed.wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
