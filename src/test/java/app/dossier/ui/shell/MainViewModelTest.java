package app.dossier.ui.shell;

import static app.dossier.testing.Eventually.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cases.CaseService;
import app.dossier.cases.JobListener;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.settings.SettingsStore;
import app.dossier.settings.UserSettings;
import app.dossier.store.CaseStores;
import app.dossier.testing.TestCases;
import app.dossier.ui.tasks.ProblemTextsView;
import app.dossier.ui.tasks.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's view model: opening and closing cases while jobs run, and where failures go. No FX toolkit. */
class MainViewModelTest {
    @TempDir
    Path temp;

    private final CaseService cases = new CaseService(new CaseStores(Clock.systemUTC()));
    private TaskRunner tasks;
    private MainViewModel model;
    /** What the user answers when asked whether to stop the running job; every question asked. */
    private volatile boolean stop = true;
    private final List<StopWorkQuestion.StopWorkRequest> asked = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        tasks = new TaskRunner(Runnable::run, Clock.systemUTC());
        PreferencesViewModel preferences = new PreferencesViewModel(new SettingsStore(temp.resolve("config")),
                UserSettings.DEFAULT.withLanguage(app.dossier.settings.Language.ENGLISH), Locale.ENGLISH, tasks);
        model = new MainViewModel(cases, TestCases.importer(), preferences, tasks, temp.resolve("samples"), request -> {
                    asked.add(request);
                    return stop;
                });
    }

    @AfterEach
    void tearDown() {
        stop = true;
        CountDownLatch closed = new CountDownLatch(1);
        model.closeCase(closed::countDown);
        try {
            closed.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Settings are written on a thread of their own (a case not found is dropped from the recent
        // list): they must be on disk before the temporary folder is deleted, or deleting races them.
        model.close();
        tasks.close();
    }

    private Path newCase(String name) {
        Path location = temp.resolve(name + ".dossier");
        cases.create(location, name, new char[0]).close();
        return location;
    }

    private OpenCase openAndWait(Path location) {
        model.openCase(location, new char[0]);
        waitFor("the case to open", () -> model.openCaseProperty().get() != null
                && model.openCaseProperty().get().location().equals(location.toAbsolutePath().normalize())
                && model.summaryProperty().get() != null);
        return model.openCaseProperty().get();
    }

    /** A long job that keeps reading the case until it is asked to stop, and notes how it ended. */
    private CountDownLatch startReadingJob(List<String> log) {
        CountDownLatch running = new CountDownLatch(1);
        tasks.job("activity.buildTimeline", job -> {
            running.countDown();
            while (!job.cancelled()) {
                job.openCase().counts();
            }
            Thread.sleep(300); // the job reaches a safe place to stop
            job.openCase().counts(); // and still finds the store open
            log.add("job stopped, store open: " + !job.openCase().store().isClosed());
            return null;
        }, JobListener.of(v -> log.add("job ended"), f -> log.add("job failed " + f)));
        return running;
    }

    @Test
    void closingTheCaseWhileAJobRunsStopsTheJobFirstAndTheCaseOpensAgain() throws Exception {
        Path location = newCase("first");
        OpenCase open = openAndWait(location);
        List<String> log = new CopyOnWriteArrayList<>();
        assertThat(startReadingJob(log).await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(tasks.runningProperty().get()).isTrue();

        CountDownLatch closed = new CountDownLatch(1);
        model.closeCase(() -> {
            log.add("closed, store closed: " + open.store().isClosed());
            closed.countDown();
        });
        assertThat(model.openCaseProperty().get()).as("the window lets go of the case at once").isNull();
        assertThat(closed.await(60, TimeUnit.SECONDS)).isTrue();

        assertThat(log).containsExactly("job stopped, store open: true", "job ended", "closed, store closed: true");
        assertThat(tasks.runningProperty().get()).isFalse();
        assertThat(asked).extracting(StopWorkQuestion.StopWorkRequest::question)
                .containsExactly("The timeline is being built. Stop it and close?");

        OpenCase again = openAndWait(location); // same JVM, same window: no lock error
        assertThat(again.counts().messages()).isZero();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(tasks.problems()).isEmpty();
    }

    @Test
    void openingAnotherCaseClosesTheFirstAfterItsJobStopped() throws Exception {
        Path first = newCase("first");
        Path second = newCase("second");
        OpenCase open = openAndWait(first);
        List<String> log = new CopyOnWriteArrayList<>();
        assertThat(startReadingJob(log).await(10, TimeUnit.SECONDS)).isTrue();

        openAndWait(second);

        assertThat(log).containsExactly("job stopped, store open: true", "job ended");
        assertThat(open.store().isClosed()).isTrue();
        try (OpenCase reopened = cases.open(first, new char[0])) {
            assertThat(reopened.counts().messages()).isZero();
        }
    }

    @Test
    void keepWorkingLeavesTheCaseOpenAndTheJobRunning() throws Exception {
        Path location = newCase("first");
        OpenCase open = openAndWait(location);
        List<String> log = new CopyOnWriteArrayList<>();
        CountDownLatch running = new CountDownLatch(1);
        tasks.job("activity.import", job -> {
            running.countDown();
            while (!job.cancelled()) {
                job.openCase().counts();
            }
            log.add("import stopped");
            return null;
        }, JobListener.of(v -> log.add("import ended"), f -> log.add("import failed " + f)));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        stop = false;

        List<String> then = new CopyOnWriteArrayList<>();
        assertThat(model.closeCase(() -> then.add("closed"))).isFalse();
        model.openCase(newCase("second"), new char[0]); // opening another case asks too
        Thread.sleep(300);

        assertThat(asked).hasSize(2).allSatisfy(request -> {
            assertThat(request.question()).isEqualTo("An import is running. Stop it and close?");
            assertThat(request.stop()).isEqualTo("Stop and close");
            assertThat(request.keep()).isEqualTo("Keep working");
        });
        assertThat(model.openCaseProperty().get()).isSameAs(open);
        assertThat(open.store().isClosed()).isFalse();
        assertThat(then).isEmpty();
        assertThat(log).isEmpty();
        assertThat(tasks.runningProperty().get()).isTrue();
        assertThat(tasks.runningActivity()).contains("activity.import");

        stop = true; // now the user lets it stop
        CountDownLatch closed = new CountDownLatch(1);
        assertThat(model.closeCase(closed::countDown)).isTrue();
        assertThat(closed.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(log).containsExactly("import stopped", "import ended");
        assertThat(open.store().isClosed()).isTrue();
        assertThat(asked).hasSize(3);
    }

    @Test
    void nothingIsAskedWhenNoLongJobRunsAndTheQuestionIsTranslated() throws Exception {
        openAndWait(newCase("first"));
        CountDownLatch closed = new CountDownLatch(1);
        assertThat(model.closeCase(closed::countDown)).isTrue();
        assertThat(closed.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(asked).isEmpty();

        model.preferences().setLanguage(app.dossier.settings.Language.GERMAN);
        openAndWait(temp.resolve("first.dossier"));
        CountDownLatch running = new CountDownLatch(1);
        tasks.job("activity.buildTimeline", job -> {
            running.countDown();
            while (!job.cancelled()) {
                Thread.sleep(5);
            }
            return null;
        }, JobListener.of(v -> { }, f -> { }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        stop = false;
        assertThat(model.closeCase()).isFalse();
        assertThat(asked).singleElement().satisfies(request -> {
            assertThat(request.title()).isEqualTo("Arbeit läuft");
            assertThat(request.question()).isEqualTo("Die Zeitleiste wird aufgebaut. Anhalten und schließen?");
            assertThat(request.stop()).isEqualTo("Anhalten und schließen");
            assertThat(request.keep()).isEqualTo("Weiterarbeiten");
        });
    }

    @Test
    void aCaseThatCannotBeOpenedIsSaidInWords() {
        Path missing = temp.resolve("nowhere.dossier");
        model.openCase(missing, new char[0]);
        waitFor("the problem", () -> !model.problemProperty().get().isEmpty());
        assertThat(model.problemProperty().get()).contains("nowhere.dossier").doesNotContain("Exception");
        assertThat(model.openCaseProperty().get()).isNull();
        assertThat(tasks.problems()).extracting(p -> p.activityKey()).containsExactly("activity.openCase");
        assertThat(new ProblemTextsView(new Messages(Locale.GERMAN)).describe(tasks.problems().get(0)))
                .startsWith("Fall öffnen: ").contains("nowhere.dossier");
    }

    @Test
    void aRecentCaseThatIsGoneLeavesTheRecentList() throws Exception {
        Path first = newCase("first");
        openAndWait(first);
        Path stored = first.toAbsolutePath().normalize();
        assertThat(model.preferences().settingsProperty().get().recentCases()).contains(stored);
        CountDownLatch closed = new CountDownLatch(1);
        model.closeCase(closed::countDown);
        assertThat(closed.await(60, TimeUnit.SECONDS)).isTrue();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(first)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(file);
            }
        }

        model.openCase(first, new char[0]);
        waitFor("the problem", () -> !model.problemProperty().get().isEmpty());
        assertThat(model.preferences().settingsProperty().get().recentCases()).doesNotContain(stored);
        model.preferences().flush();
        assertThat(new SettingsStore(temp.resolve("config")).load().recentCases()).doesNotContain(stored);
    }

    @Test
    void anOpenedCaseIsRememberedAsTheFirstRecentCaseAndOnDisk() {
        Path first = newCase("first");
        openAndWait(first);
        model.preferences().flush();
        Path stored = first.toAbsolutePath().normalize();
        assertThat(model.preferences().settingsProperty().get().recentCases()).first().isEqualTo(stored);
        assertThat(new SettingsStore(temp.resolve("config")).load().lastCase()).contains(stored);
    }

    @Test
    void aFailingJobReachesTheProblemsListInTheUsersLanguage() {
        openAndWait(newCase("first"));
        List<Throwable> own = new CopyOnWriteArrayList<>();
        tasks.quick("activity.search", job -> {
            throw new java.nio.file.NoSuchFileException("/gone/inbox.mbox");
        }, v -> { }, own::add);
        // The problems list hears first, then the job's own handler.
        waitFor("the problem and the job's own handler", () -> !tasks.problems().isEmpty() && own.size() == 1);
        assertThat(tasks.lastProblemProperty().get()).isSameAs(tasks.problems().get(0));
        assertThat(new ProblemTextsView(new Messages(Locale.ENGLISH)).describe(tasks.problems().get(0)))
                .isEqualTo("Searching: The file /gone/inbox.mbox does not exist.");
        assertThat(new ProblemTextsView(new Messages(Locale.GERMAN)).describe(tasks.problems().get(0)))
                .isEqualTo("Suche: Die Datei /gone/inbox.mbox existiert nicht.");
    }
}
