package app.dossier.bench;

import app.dossier.cases.CaseService;
import app.dossier.cases.CaseSession;
import app.dossier.cases.Job;
import app.dossier.cases.JobListener;
import app.dossier.cases.Lane;
import app.dossier.classify.Classifier;
import app.dossier.mailbox.MessageService;
import app.dossier.model.MessageDetail;
import app.dossier.model.MessageSummary;
import app.dossier.store.CaseStores;
import app.dossier.timeline.TimelineService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the window does when the user opens messages while the first timeline build of a large case
 * runs: the build on the session's long lane, each message opened on its quick lane. Measures the
 * time from asking for a message to having it (queueing included), for messages chosen at random,
 * one every {@code PAUSE_MS} while the build reads; prints p50/p95/max. Run by
 * bench/open-while-building-100k.sh on a case whose timeline was never built.
 */
public final class OpenWhileBuildingBenchmark {
    private static final long PAUSE_MS = 250;

    private OpenWhileBuildingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int opens = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        CaseService cases = new CaseService(new CaseStores(Clock.systemUTC()));
        TimelineService timelines = new TimelineService(new Classifier(), Clock.systemUTC());
        MessageService mail = new MessageService(ZoneId.systemDefault());
        try (CaseSession session = new CaseSession(cases.open(Path.of(args[0]), new char[0]), Runnable::run)) {
            List<MessageSummary> all = mail.list(session.openCase());
            AtomicLong read = new AtomicLong();
            AtomicLong total = new AtomicLong();
            CompletableFuture<String> built = new CompletableFuture<>();
            long started = System.nanoTime();
            Job<Integer> build = session.submit(Lane.LONG, job -> timelines.withDecisions(job.openCase(),
                    timelines.draft(job.openCase(), new TimelineService.Progress() {
                        @Override
                        public void messagesRead(long done, long of) {
                            read.set(done);
                            total.set(of);
                        }

                        @Override
                        public boolean cancelled() {
                            return job.cancelled();
                        }

                        @Override
                        public void pause() {
                            job.yieldToQuickWork(); // as the window's build does
                        }
                    })).events().size(), JobListener.of(events -> built.complete(events + " events"),
                    built::completeExceptionally));
            while (read.get() == 0 && !build.isDone()) {
                Thread.sleep(20); // measure while the build reads messages, not while it starts
            }
            Random random = new Random(42);
            List<Double> millis = new ArrayList<>();
            long readAtFirst = read.get();
            while (millis.size() < opens && !build.isDone()) {
                MessageSummary chosen = all.get(random.nextInt(all.size()));
                CompletableFuture<MessageDetail> opened = new CompletableFuture<>();
                long asked = System.nanoTime();
                session.submit(Lane.QUICK, job -> mail.detail(job.openCase(), chosen.id()),
                        JobListener.of(opened::complete, opened::completeExceptionally));
                opened.get(60, TimeUnit.SECONDS);
                millis.add((System.nanoTime() - asked) / 1e6);
                Thread.sleep(PAUSE_MS);
            }
            long readAtLast = read.get();
            boolean stillBuilding = !build.isDone();
            Collections.sort(millis);
            // Said before waiting for the build's end: on a loaded machine the build can take long.
            System.out.printf(Locale.ROOT, "opened %d of %,d messages while the build read messages %,d to %,d of %,d%s%n",
                    millis.size(), all.size(), readAtFirst, readAtLast, total.get(),
                    stillBuilding ? "" : " (build ended first)");
            if (!millis.isEmpty()) {
                System.out.printf(Locale.ROOT, "open a message: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                        at(millis, 0.50), at(millis, 0.95), millis.get(millis.size() - 1));
            }
            System.out.flush();
            String outcome = built.get(60, TimeUnit.MINUTES);
            System.out.printf(Locale.ROOT, "first timeline build %.1f s (%s)%n", (System.nanoTime() - started) / 1e9,
                    outcome);
            session.close(Duration.ofSeconds(60), n -> { });
        }
    }

    private static double at(List<Double> sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
