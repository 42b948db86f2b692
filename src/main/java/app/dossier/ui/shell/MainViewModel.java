package app.dossier.ui.shell;

import app.dossier.cases.CaseService;
import app.dossier.cases.CaseSession;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.i18n.ProblemTexts;
import app.dossier.model.CaseException;
import app.dossier.model.CaseSummary;
import app.dossier.ui.tasks.TaskRunner;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * State of the main window: the open case, the chosen section, and the last problem to tell the
 * user about; the user's settings are {@link PreferencesViewModel}'s. Holds no nodes.
 */
public final class MainViewModel implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(MainViewModel.class.getName());

    private final CaseService cases;
    private final PreferencesViewModel preferences;
    private final TaskRunner tasks;

    private final ReadOnlyObjectWrapper<OpenCase> openCase = new ReadOnlyObjectWrapper<>(this, "openCase");
    private final ReadOnlyObjectWrapper<CaseSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.IMPORT);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final StringBinding caseText;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper closing = new ReadOnlyBooleanWrapper(this, "closing");

    private final app.dossier.ingest.ImportService imports;
    private final Path samplesFolder;
    private final CaseSetup setup;
    private final StopWorkQuestion stopWork;

    public MainViewModel(CaseService cases, app.dossier.ingest.ImportService imports, PreferencesViewModel preferences,
                         TaskRunner tasks, Path samplesFolder, StopWorkQuestion stopWork) {
        this(cases, imports, preferences, tasks, samplesFolder, CaseSetup.NONE, stopWork);
    }

    /**
     * {@code setup} finishes new cases: the user's addresses, the sample's key phrases; {@code stopWork}
     * is asked before closing the case would stop a running long job.
     */
    public MainViewModel(CaseService cases, app.dossier.ingest.ImportService imports, PreferencesViewModel preferences,
                         TaskRunner tasks, Path samplesFolder, CaseSetup setup, StopWorkQuestion stopWork) {
        this.setup = setup;
        this.stopWork = java.util.Objects.requireNonNull(stopWork, "stopWork");
        this.cases = cases;
        this.imports = imports;
        this.samplesFolder = samplesFolder;
        this.preferences = java.util.Objects.requireNonNull(preferences, "preferences");
        this.tasks = tasks;
        this.caseText = Bindings.createStringBinding(this::describeCase, summary, preferences.messagesProperty());
    }

    /** The user's settings and the texts in their language. */
    public PreferencesViewModel preferences() {
        return preferences;
    }

    private String describeCase() {
        CaseSummary s = summary.get();
        Messages m = preferences.messages();
        if (s == null) {
            return m.get("status.noCase");
        }
        return m.format(s.encrypted() ? "status.caseEncrypted" : "status.case", s.info().title(), s.location());
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** Creates a case in the background and opens it (the open case is closed first). */
    public void createCase(Path location, String title, char[] password) {
        createCase(location, title, password, java.util.List.of());
    }

    /** Creates a case knowing the user's own addresses ({@code me}; empty: found from the mail later). */
    public void createCase(Path location, String title, char[] password, java.util.List<String> me) {
        runCaseTask("task.creatingCase", () -> {
            OpenCase created = cases.create(location, title, password);
            if (!me.isEmpty()) {
                setup.caseMade(created, me);
            }
            return created;
        });
    }

    /** Opens a case in the background; migrations of an older case run here too. */
    public void openCase(Path location, char[] password) {
        runCaseTask("task.openingCase", () -> cases.open(location, password));
    }

    /**
     * Opens the built-in sample case (the Kessler portal story) in {@code language}, creating it
     * on first use in the app's own folder, so the user's documents stay untouched.
     */
    public void createSampleCase(String language) {
        Path location = samplesFolder.resolve("kessler-" + language + ".dossier");
        String title = preferences.messages().get(language.equals("de") ? "sample.title.de" : "sample.title.en");
        runCaseTask("task.openingSample", () -> {
            if (java.nio.file.Files.isDirectory(location)) {
                return cases.open(location, new char[0]);
            }
            OpenCase created = cases.create(location, title, new char[0]);
            try {
                app.dossier.model.ImportSummary imported = imports.importInto(created,
                        java.util.List.of(new app.dossier.ingest.source.SampleSource(language)),
                        app.dossier.ingest.ImportListener.NONE, new java.util.concurrent.atomic.AtomicBoolean());
                if (imported.failed() > 0) {
                    LOG.warning(() -> "the sample case lacks " + imported.failed() + " item(s)");
                }
                setup.sampleMade(created, language);
            } catch (java.io.IOException | RuntimeException e) {
                created.close();
                throw e;
            }
            return created;
        });
    }

    /**
     * Asks, off the FX thread, whether {@code location} needs a password (false for anything that is
     * not an encrypted case), then hands the answer to {@code answer} on the FX thread.
     */
    public void needsPassword(Path location, java.util.function.Consumer<Boolean> answer) {
        tasks.lifecycle("activity.openCase", () -> {
            try {
                return cases.needsPassword(location);
            } catch (CaseException e) {
                return false;
            }
        }, answer, failure -> answer.accept(false));
    }

    /** What opening produced: the case with its session and its summary, read off the FX thread. */
    private record Opened(CaseSession session, CaseSummary summary) {
    }

    private void runCaseTask(String messageKey, java.util.concurrent.Callable<OpenCase> work) {
        if (!mayStopRunningWork()) {
            return;
        }
        // The open case is closed first: reopening the same case must find its files free.
        closeNow(() -> { });
        String text = preferences.messages().get(messageKey);
        busy.set(true);
        tasks.lifecycle("activity.openCase", text, () -> {
            OpenCase opened = work.call();
            try {
                return new Opened(new CaseSession(opened, tasks.callbacks()), opened.summary());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, this::adopt, failure -> {
            busy.set(false);
            tasks.report("activity.openCase", failure); // the problems list keeps it after the dialog is gone
            report(failure);
        });
    }

    private void adopt(Opened opened) {
        busy.set(false);
        tasks.attach(opened.session());
        openCase.set(opened.session().openCase());
        summary.set(opened.summary());
        problem.set("");
        preferences.caseOpened(opened.session().openCase().location());
    }

    private void report(Throwable failure) {
        if (failure instanceof CaseException e) {
            // The recent list is fixed before the problem is said: whoever reacts to it sees both.
            if (e.problem() == app.dossier.model.CaseProblem.NOT_FOUND) {
                preferences.caseGone(e.location());
            }
            problem.set(new ProblemTexts(preferences.messages()).describe(e));
        } else {
            LOG.log(Level.SEVERE, "unexpected failure", failure);
            problem.set(new app.dossier.i18n.FailureTexts(preferences.messages()).describe(failure));
        }
    }

    /** Re-reads the counts after work that changed the case (on the quick lane). */
    public void refreshSummary() {
        OpenCase current = openCase.get();
        if (current != null) {
            tasks.quick("activity.readCounts", job -> job.openCase().summary(), read -> {
                if (read.location().equals(current.location()) && current == openCase.get()) {
                    summary.set(read);
                }
            });
        }
    }

    /**
     * Closes the open case: its jobs are cancelled and waited for, then the store closes. When a long
     * job runs, the user is asked first; false when they chose to keep working.
     */
    public boolean closeCase() {
        return closeCase(() -> { });
    }

    /**
     * Closes the open case and runs {@code then} on the FX thread once its store is closed (at once
     * when no case is open). The window is cleared at once; the status bar says if it has to wait.
     * When a long job (import, timeline build, briefing, bundle) runs, the user is asked first whether
     * to stop it; if they keep working nothing happens, {@code then} does not run, and this returns false.
     */
    public boolean closeCase(Runnable then) {
        if (!mayStopRunningWork()) {
            return false;
        }
        closeNow(then);
        return true;
    }

    /** Whether the running long job, if any, may be stopped: asks the user only when one runs. */
    private boolean mayStopRunningWork() {
        return tasks.runningActivity().map(activity -> stopWork.stopAndClose(stopWorkRequest(activity)))
                .orElse(true);
    }

    private StopWorkQuestion.StopWorkRequest stopWorkRequest(String activityKey) {
        Messages m = preferences.messages();
        String running = switch (activityKey) {
            case "activity.import" -> m.get("stopWork.import");
            case "activity.buildTimeline" -> m.get("stopWork.timeline");
            case "activity.makeBriefing" -> m.get("stopWork.briefing");
            case "activity.writeBundle" -> m.get("stopWork.bundle");
            default -> m.format("stopWork.other", m.get(activityKey));
        };
        return new StopWorkQuestion.StopWorkRequest(m.get("stopWork.title"),
                m.format("stopWork.question", running), m.get("stopWork.stop"), m.get("stopWork.keep"));
    }

    private void closeNow(Runnable then) {
        CaseSession current = tasks.session();
        openCase.set(null);
        summary.set(null);
        if (current == null) {
            if (closing.get()) {
                // A close is still running: the case thread runs in order, so wait for it.
                tasks.lifecycle("activity.closeCase", () -> null, v -> then.run(), f -> then.run());
            } else {
                then.run();
            }
            return;
        }
        closing.set(true);
        tasks.close(current, preferences.messages().get("task.closingCase"), () -> {
            closing.set(tasks.session() != null && tasks.session().isClosing());
            then.run();
        });
    }

    /** Whether a case is being opened or closed: actions on cases wait until it is done. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether the case is closing (its jobs are stopping). */
    public ReadOnlyBooleanProperty closingProperty() {
        return closing.getReadOnlyProperty();
    }

    public void clearProblem() {
        problem.set("");
    }

    public ReadOnlyObjectProperty<OpenCase> openCaseProperty() {
        return openCase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CaseSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    /** The last problem to show the user, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public StringBinding caseTextProperty() {
        return caseText;
    }

    /** Closes the case without asking (the window is already going away) and writes the settings still pending. */
    @Override
    public void close() {
        closeNow(() -> { });
        preferences.close();
    }
}
