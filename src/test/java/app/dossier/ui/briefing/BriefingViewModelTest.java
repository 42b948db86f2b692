package app.dossier.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.brief.BriefingSection;
import app.dossier.brief.BriefingService;
import app.dossier.brief.Paper;
import app.dossier.brief.QuoteCardSource;
import app.dossier.brief.bundle.BundleWriter;
import app.dossier.cases.CaseService;
import app.dossier.cases.CaseSession;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.i18n.Messages;
import app.dossier.ingest.ImportListener;
import app.dossier.ingest.source.SampleSource;
import app.dossier.mailbox.MessageService;
import app.dossier.store.CaseStores;
import app.dossier.testing.TestCases;
import app.dossier.timeline.TimelineService;
import app.dossier.ui.tasks.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Briefing section's view model on the sample case: options, making, paging, zoom, save, print,
 * cancel; the jobs run on a case session, without the FX toolkit.
 */
class BriefingViewModelTest {
    @TempDir
    Path temp;

    private final TaskRunner tasks = new TaskRunner(Runnable::run, Clock.systemUTC());
    private final SimpleObjectProperty<OpenCase> openCase = new SimpleObjectProperty<>();
    private final List<String> done = new ArrayList<>();
    private final BriefingActions actions = new BriefingActions() {
        @Override
        public void save(byte[] pdf, Path target) throws Exception {
            Files.write(target, pdf);
            done.add("saved");
        }

        @Override
        public boolean print(byte[] pdf, String jobName) {
            done.add("print " + jobName);
            return false; // the user cancels the print dialog
        }

        @Override
        public void open(byte[] pdf) {
            done.add("open");
        }
    };

    @AfterEach
    void close() {
        if (tasks.session() != null) {
            tasks.session().close();
        }
        tasks.close();
    }

    /** Opens {@code open} as the window does: its session runs the jobs. */
    private void adopt(OpenCase open) {
        tasks.attach(new CaseSession(open, tasks.callbacks()));
        openCase.set(open);
    }

    private BriefingViewModel model() {
        Clock clock = Clock.systemUTC();
        TimelineService timelines = new TimelineService(new Classifier(), clock);
        BriefingService briefings = new BriefingService(timelines, new MessageService(TestCases.BERLIN),
                QuoteCardSource.NONE, clock);
        return new BriefingViewModel(briefings, new BundleWriter(briefings, timelines), tasks, openCase,
                new SimpleObjectProperty<>(new Messages(Locale.ENGLISH)), actions);
    }

    @Test
    void readsTheOptionsAndSaysWhatIsWrong() {
        BriefingViewModel model = model();
        assertThat(model.choices().languageProperty().get()).isEqualTo(Locale.ENGLISH);
        model.choices().exhibitsProperty().set("3, 7 x");
        assertThat(model.options()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("x is not an exhibit number: write numbers separated by commas.");
        model.choices().exhibitsProperty().set("3, 7;11");
        model.choices().paperProperty().set(Paper.LETTER);
        model.choices().redactionsProperty().set("Reimann\n\n# a comment\nclaudia.reimann@kessler-logistik.de");
        model.choices().sectionProperty(BriefingSection.APPENDIX).set(false);
        var options = model.options().orElseThrow();
        assertThat(options.exhibits()).containsExactlyInAnyOrder(3, 7, 11);
        assertThat(options.paper()).isEqualTo(Paper.LETTER);
        assertThat(options.redactions().terms()).containsExactly("claudia.reimann@kessler-logistik.de", "Reimann");
        assertThat(options.has(BriefingSection.APPENDIX)).isFalse();
        for (BriefingSection s : BriefingSection.values()) {
            model.choices().sectionProperty(s).set(false);
        }
        assertThat(model.options()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Choose at least one section.");
        model.generate();
        assertThat(model.statusProperty().get()).isEqualTo("Open a case first.");
    }

    @Test
    void makesTheBriefingShowsPagesAndSavesAndPrints() throws Exception {
        BriefingViewModel model = model();
        OpenCase open = new CaseService(new CaseStores(Clock.systemUTC())).create(temp.resolve("s.dossier"), "Kessler", null);
        TestCases.importer().importSources(open.store(), List.of(new SampleSource("de")), ImportListener.NONE,
                new AtomicBoolean());
        onFx(() -> adopt(open));
        onFx(() -> {
            model.choices().languageProperty().set(Locale.GERMAN);
            model.choices().exhibitsProperty().set("1, 2, 3");
            model.generate();
        });
        waitUntil(() -> model.preview().pageImageProperty().get() != null, 120);
        assertThat(model.runningProperty().get()).isFalse();
        int pages = model.preview().pagesProperty().get();
        assertThat(pages).isGreaterThan(3).isEqualTo(model.briefingProperty().get().pages());
        assertThat(model.briefingProperty().get().exhibits()).isEqualTo(3);
        assertThat(model.statusProperty().get()).startsWith("Briefing made: " + pages + " pages, 3 exhibits");
        int width = model.preview().pageImageProperty().get().getWidth();

        onFx(model.preview()::zoomIn);
        waitUntil(() -> model.preview().pageImageProperty().get().getWidth() > width, 30);
        onFx(model.preview()::previousPage);
        assertThat(model.preview().pageProperty().get()).isZero();
        onFx(model.preview()::nextPage);
        assertThat(model.preview().pageProperty().get()).isEqualTo(1);

        Path target = temp.resolve("b.pdf");
        onFx(() -> model.save(target));
        waitUntil(() -> done.contains("saved") && !model.runningProperty().get(), 30);
        assertThat(Files.readAllBytes(target)).isEqualTo(model.briefingProperty().get().pdf());
        onFx(model::print);
        waitUntil(() -> "Printing cancelled.".equals(model.statusProperty().get()), 30);
        assertThat(done).contains("print Dossier briefing");
        assertThat(tasks.problems()).isEmpty();
    }

    @Test
    void aCancelledBriefingLeavesNothingBehind() throws Exception {
        BriefingViewModel model = model();
        OpenCase open = new CaseService(new CaseStores(Clock.systemUTC())).create(temp.resolve("c.dossier"), "Kessler", null);
        TestCases.importer().importSources(open.store(), List.of(new SampleSource("en")), ImportListener.NONE,
                new AtomicBoolean());
        onFx(() -> adopt(open));
        onFx(() -> {
            model.generate();
            assertThat(tasks.runningActivity()).as("a long job, which closing asks about").contains("activity.makeBriefing");
            model.cancel();
        });
        waitUntil(() -> !model.runningProperty().get(), 60);
        assertThat(model.statusProperty().get()).isEqualTo("Stopped. Nothing was written.");
        assertThat(model.briefingProperty().get()).isNull();
        assertThat(tasks.problems()).as("stopping is no failure").isEmpty();
    }

    /** Runs {@code action} under the view model's lock: outcomes arrive on the session's threads. */
    private synchronized void onFx(Runnable action) {
        action.run();
    }

    private void waitUntil(BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            boolean[] met = new boolean[1];
            onFx(() -> met[0] = condition.getAsBoolean());
            if (met[0]) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("condition not met within " + seconds + " s");
    }
}
