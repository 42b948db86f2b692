package app.dossier.cases;

import static app.dossier.testing.Eventually.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.store.CaseStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseSessionTest {
    @TempDir
    Path temp;

    private final CaseService cases = new CaseService(new CaseStores(Clock.systemUTC()));

    private CaseSession session(Path location) {
        return new CaseSession(cases.create(location, "Test", new char[0]), Runnable::run);
    }

    @Test
    void aQuickReadDoesNotWaitBehindALongJob() throws Exception {
        try (CaseSession session = session(temp.resolve("a.dossier"))) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch longStarted = new CountDownLatch(1);
            Job<String> longJob = session.submit(Lane.LONG, job -> {
                longStarted.countDown();
                release.await(20, TimeUnit.SECONDS);
                return "long";
            }, JobListener.of(v -> { }, f -> { }));
            // The long job must be running, not merely queued, for the read to show that it does not wait.
            assertThat(longStarted.await(10, TimeUnit.SECONDS)).isTrue();
            AtomicReference<Object> counts = new AtomicReference<>();
            long started = System.nanoTime();
            session.submit(Lane.QUICK, job -> job.openCase().counts(), JobListener.of(counts::set, f -> { }));
            waitFor("the quick read", Duration.ofSeconds(5), () -> counts.get() != null);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(longJob.state()).isEqualTo(JobState.RUNNING);
            assertThat(millis).as("quick read while the long job runs, ms").isLessThan(5_000);
            release.countDown();
            assertThat(longJob.await(Duration.ofSeconds(10))).isTrue();
            assertThat(longJob.state()).isEqualTo(JobState.SUCCEEDED);
        }
    }

    /** A long job that steps until stopped, yielding at each step, and counts the steps made while {@code quick} is set. */
    private static Job<Void> stepping(CaseSession session, AtomicBoolean quick, java.util.concurrent.atomic.AtomicLong steps,
                                      java.util.concurrent.atomic.AtomicLong stepsDuringQuick) {
        return session.submit(Lane.LONG, job -> {
            while (!job.cancelled()) {
                job.yieldToQuickWork();
                if (quick.get()) {
                    stepsDuringQuick.incrementAndGet();
                }
                steps.incrementAndGet();
                Thread.onSpinWait();
            }
            return null;
        }, JobListener.of(v -> { }, f -> { }));
    }

    @Test
    void aLongJobHoldsAtItsYieldWhileAQuickReadRunsAndGoesOnAfterwards() throws Exception {
        try (CaseSession session = session(temp.resolve("y.dossier"))) {
            AtomicBoolean quick = new AtomicBoolean();
            var steps = new java.util.concurrent.atomic.AtomicLong();
            var during = new java.util.concurrent.atomic.AtomicLong();
            Job<Void> build = stepping(session, quick, steps, during);
            waitFor("the long job to step", Duration.ofSeconds(10), () -> steps.get() > 1000);

            CountDownLatch read = new CountDownLatch(1);
            session.submit(Lane.QUICK, job -> {
                quick.set(true);
                job.yieldToQuickWork(); // a quick job never holds itself
                // Well inside MAX_YIELD, so that a busy machine's scheduling delays cannot use it up.
                Thread.sleep(50);
                quick.set(false);
                return job.openCase().counts();
            }, JobListener.of(v -> read.countDown(), f -> { }));
            assertThat(read.await(10, TimeUnit.SECONDS)).isTrue();
            long after = steps.get();
            waitFor("the long job to go on", Duration.ofSeconds(10), () -> steps.get() > after + 1000);

            // At most the one step that had passed its yield when the read began.
            assertThat(during.get()).isLessThanOrEqualTo(1);
            build.cancel();
            assertThat(build.await(Duration.ofSeconds(10))).isTrue();
        }
    }

    @Test
    void aLongJobIsHeldAtMostBrieflyWhileQuickReadsGoOnAndNotAtAllWhenStopped() throws Exception {
        try (CaseSession session = session(temp.resolve("z.dossier"))) {
            AtomicBoolean quick = new AtomicBoolean();
            var steps = new java.util.concurrent.atomic.AtomicLong();
            var during = new java.util.concurrent.atomic.AtomicLong();
            Job<Void> build = stepping(session, quick, steps, during);
            waitFor("the long job to step", Duration.ofSeconds(10), () -> steps.get() > 1000);
            CountDownLatch release = new CountDownLatch(1);
            // Taken before the read is submitted: the hold can begin before submit returns to this
            // thread (on a busy machine this thread may wait for a core in between).
            long askedAt = System.nanoTime();
            session.submit(Lane.QUICK, job -> {
                quick.set(true);
                release.await(20, TimeUnit.SECONDS);
                quick.set(false);
                return null;
            }, JobListener.of(v -> { }, f -> { }));
            // A read that takes long holds the job once, for MAX_YIELD, then the job goes on at full speed.
            waitFor("steps while the long read runs", Duration.ofSeconds(10), () -> during.get() >= 1000);
            long heldMillis = (System.nanoTime() - askedAt) / 1_000_000;
            assertThat(heldMillis).isGreaterThanOrEqualTo(CaseSession.MAX_YIELD.toMillis() - 10);

            // The next read is waited for again; a job asked to stop is not held.
            session.submit(Lane.QUICK, job -> {
                release.await(20, TimeUnit.SECONDS);
                return null;
            }, JobListener.of(v -> { }, f -> { }));
            build.cancel();
            assertThat(build.await(Duration.ofSeconds(2))).isTrue();
            release.countDown();
        }
    }

    @Test
    void everyEndReachesExactlyOneHandler() throws Exception {
        try (CaseSession session = session(temp.resolve("b.dossier"))) {
            List<String> heard = new CopyOnWriteArrayList<>();
            JobListener<Object> listener = new JobListener<>() {
                @Override
                public void succeeded(Object value) {
                    heard.add("ok " + value);
                }

                @Override
                public void failed(Throwable failure) {
                    heard.add("failed " + failure.getMessage());
                }

                @Override
                public void cancelled() {
                    heard.add("cancelled");
                }
            };
            Job<Object> ok = session.submit(Lane.QUICK, job -> 42, listener);
            Job<Object> failing = session.submit(Lane.LONG, job -> {
                throw new java.io.IOException("disk gone");
            }, listener);
            Job<Object> stopping = session.submit(Lane.LONG, job -> {
                while (true) {
                    job.token().throwIfCancelled();
                    Thread.sleep(5);
                }
            }, listener);
            waitFor("the loop to start", () -> stopping.state() == JobState.RUNNING);
            stopping.cancel();
            for (Job<?> job : List.of(ok, failing, stopping)) {
                assertThat(job.await(Duration.ofSeconds(10))).isTrue();
            }
            waitFor("three outcomes", () -> heard.size() == 3);
            assertThat(heard).containsExactlyInAnyOrder("ok 42", "failed disk gone", "cancelled");
            assertThat(failing.state()).isEqualTo(JobState.FAILED);
            assertThat(stopping.state()).isEqualTo(JobState.CANCELLED);
        }
    }

    @Test
    void closingCancelsAndWaitsForJobsBeforeTheStoreClosesAndTheCaseOpensAgain() throws Exception {
        Path location = temp.resolve("c.dossier");
        CaseSession session = session(location);
        AtomicBoolean storeOpenAtTheEnd = new AtomicBoolean();
        List<Integer> waited = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        Job<Integer> job = session.submit(Lane.LONG, context -> {
            started.countDown();
            int rounds = 0;
            while (!context.cancelled()) {
                context.openCase().counts(); // keeps reading the store, as an import or a build does
                rounds++;
            }
            Thread.sleep(400); // a job takes a moment to reach a safe place to stop
            storeOpenAtTheEnd.set(!context.openCase().store().isClosed());
            context.openCase().counts();
            return rounds;
        }, JobListener.of(v -> { }, f -> { }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        session.close(Duration.ofSeconds(20), waited::add);

        assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(storeOpenAtTheEnd).as("the store was still open while the job finished").isTrue();
        assertThat(waited).as("closing said that it waits for one job").containsExactly(1);
        assertThat(session.isClosed()).isTrue();
        AtomicBoolean cancelledLate = new AtomicBoolean();
        Job<Object> late = session.submit(Lane.QUICK, c -> 1, new JobListener<>() {
            @Override
            public void succeeded(Object value) {
            }

            @Override
            public void failed(Throwable failure) {
            }

            @Override
            public void cancelled() {
                cancelledLate.set(true);
            }
        });
        assertThat(late.state()).isEqualTo(JobState.CANCELLED);
        assertThat(cancelledLate).isTrue();

        try (OpenCase again = cases.open(location, new char[0])) {
            assertThat(again.counts().messages()).isZero();
        }
    }

    @Test
    void aQueuedJobNeverStartsOnceCancelled() throws Exception {
        try (CaseSession session = session(temp.resolve("d.dossier"))) {
            CountDownLatch release = new CountDownLatch(1);
            session.submit(Lane.LONG, job -> release.await(10, TimeUnit.SECONDS), JobListener.of(v -> { }, f -> { }));
            AtomicBoolean ran = new AtomicBoolean();
            Job<Object> queued = session.submit(Lane.LONG, job -> {
                ran.set(true);
                return null;
            }, JobListener.of(v -> { }, f -> { }));
            queued.cancel();
            release.countDown();
            assertThat(queued.await(Duration.ofSeconds(10))).isTrue();
            assertThat(queued.state()).isEqualTo(JobState.CANCELLED);
            assertThat(ran).isFalse();
        }
    }
}
