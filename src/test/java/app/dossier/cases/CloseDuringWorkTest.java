package app.dossier.cases;

import static app.dossier.testing.Eventually.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.classify.Classifier;
import app.dossier.ingest.ImportListener;
import app.dossier.ingest.ImportService;
import app.dossier.ingest.source.PathReader;
import app.dossier.mailbox.MessageService;
import app.dossier.model.ImportProgress;
import app.dossier.model.ImportSummary;
import app.dossier.store.CaseStores;
import app.dossier.store.IntegrityCheck;
import app.dossier.testing.SyntheticMailbox;
import app.dossier.testing.TestCases;
import app.dossier.timeline.Timeline;
import app.dossier.timeline.TimelineService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing a case while an import or a timeline build runs, then opening it again in the same
 * process: no lock error, nothing lost, the search works, an import completes, and the integrity
 * check is clean.
 */
class CloseDuringWorkTest {
    private static final int MESSAGES = 4000;

    @TempDir
    static Path shared;
    private static Path mbox;

    @TempDir
    Path temp;

    private final CaseService cases = new CaseService(new CaseStores(Clock.systemUTC()));
    private final ImportService imports = TestCases.importer();
    private final MessageService mail = new MessageService(TestCases.BERLIN);
    private final TimelineService timelines = new TimelineService(new Classifier(), Clock.systemUTC());

    @BeforeAll
    static void writeMailbox() throws Exception {
        mbox = shared.resolve("big.mbox");
        SyntheticMailbox.write(mbox, MESSAGES, 11);
    }

    private CaseSession open(Path location) {
        return new CaseSession(cases.open(location, new char[0]), Runnable::run);
    }

    private Job<ImportSummary> startImport(CaseSession session, AtomicLong items, AtomicReference<Object> outcome) {
        return session.submit(Lane.LONG, job -> imports.importInto(job.openCase(), List.of(new PathReader(mbox)),
                new ImportListener() {
                    @Override
                    public void progress(ImportProgress p) {
                        items.set(p.items());
                    }
                }, job.token().flag()), JobListener.of(outcome::set, outcome::set));
    }

    @Test
    void closeDuringAnImportThenReopenSearchAndImportAgain() throws Exception {
        Path location = temp.resolve("import.dossier");
        cases.create(location, "Close during import", new char[0]).close();
        CaseSession session = open(location);
        AtomicLong items = new AtomicLong();
        AtomicReference<Object> outcome = new AtomicReference<>();
        Job<ImportSummary> job = startImport(session, items, outcome);
        waitFor("the import to be under way", Duration.ofSeconds(60), () -> items.get() >= 500);

        session.close(Duration.ofSeconds(60), n -> { });

        assertThat(job.isDone()).isTrue();
        assertThat(outcome.get()).as("the import ended by its cancel, not by a failure")
                .isInstanceOf(ImportSummary.class);
        ImportSummary stopped = (ImportSummary) outcome.get();
        assertThat(stopped.cancelled()).isTrue();
        assertThat(stopped.imported()).isLessThan(MESSAGES);

        CaseSession again = open(location); // no "Lock held by this virtual machine", no disposed pool
        try {
            OpenCase open = again.openCase();
            long kept = open.counts().messages();
            assertThat(kept).as("what was written before the close is kept").isGreaterThanOrEqualTo(stopped.imported());
            assertThat(mail.search(open, "portal", 10)).isNotEmpty();
            ImportSummary rest = imports.importInto(open, List.of(new PathReader(mbox)), ImportListener.NONE,
                    new java.util.concurrent.atomic.AtomicBoolean());
            assertThat(rest.failed()).isZero();
            assertThat(open.counts().messages()).isEqualTo(MESSAGES);
            assertThat(mail.search(open, "token" + (MESSAGES - 1) + "x", 10)).hasSize(1);
            assertThat(new IntegrityCheck(open.store()).run()).isEmpty();
        } finally {
            again.close();
        }
    }

    @Test
    void closeDuringATimelineBuildThenReopenSearchBuildAndImportAgain() throws Exception {
        Path location = temp.resolve("timeline.dossier");
        try (OpenCase created = cases.create(location, "Close during build", new char[0])) {
            assertThat(imports.importInto(created, List.of(new PathReader(mbox)), ImportListener.NONE,
                    new java.util.concurrent.atomic.AtomicBoolean()).imported()).isEqualTo(MESSAGES);
        }
        CaseSession session = open(location);
        AtomicLong read = new AtomicLong();
        AtomicReference<String> outcome = new AtomicReference<>();
        Job<Timeline> build = session.submit(Lane.LONG, job -> {
            TimelineService.Draft draft = timelines.draft(job.openCase(), new TimelineService.Progress() {
                @Override
                public void messagesRead(long done, long total) {
                    read.set(done);
                }

                @Override
                public boolean cancelled() {
                    return job.cancelled();
                }
            });
            job.token().throwIfCancelled();
            return timelines.withDecisions(job.openCase(), draft);
        }, new JobListener<>() {
            @Override
            public void succeeded(Timeline value) {
                outcome.set("built");
            }

            @Override
            public void failed(Throwable failure) {
                outcome.set("failed " + failure);
            }

            @Override
            public void cancelled() {
                outcome.set("cancelled");
            }
        });
        waitFor("the build to be reading", Duration.ofSeconds(120), () -> read.get() > 0);

        session.close(Duration.ofSeconds(60), n -> { });

        assertThat(build.isDone()).isTrue();
        assertThat(outcome.get()).isEqualTo("cancelled");

        CaseSession again = open(location);
        try {
            OpenCase open = again.openCase();
            assertThat(open.counts().messages()).isEqualTo(MESSAGES);
            assertThat(mail.search(open, "token17x", 10)).hasSize(1);
            Timeline timeline = timelines.build(open);
            assertThat(timeline.events()).isNotEmpty();
            ImportSummary repeat = imports.importInto(open, List.of(new PathReader(mbox)), ImportListener.NONE,
                    new java.util.concurrent.atomic.AtomicBoolean());
            assertThat(repeat.duplicates()).isEqualTo(MESSAGES);
            assertThat(new IntegrityCheck(open.store()).run()).isEmpty();
        } finally {
            again.close();
        }
    }
}
