package app.dossier.ui.shell;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.i18n.ProblemTexts;
import app.dossier.model.CaseException;
import app.dossier.model.CaseSummary;
import app.dossier.settings.Language;
import app.dossier.settings.SettingsStore;
import app.dossier.settings.Theme;
import app.dossier.settings.UserSettings;
import app.dossier.settings.WindowBounds;
import app.dossier.ui.tasks.TaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;

/**
 * State of the main window: the open case, the chosen section, theme and language, and the
 * last problem to tell the user about. Holds no nodes.
 */
public final class MainViewModel implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(MainViewModel.class.getName());

    private final CaseService cases;
    private final SettingsStore settingsStore;
    private final TaskRunner tasks;
    private final Locale systemLocale;

    private final ReadOnlyObjectWrapper<UserSettings> settings;
    private final ReadOnlyObjectWrapper<Messages> messages;
    private final ReadOnlyObjectWrapper<OpenCase> openCase = new ReadOnlyObjectWrapper<>(this, "openCase");
    private final ReadOnlyObjectWrapper<CaseSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.IMPORT);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final StringBinding caseText;

    private final app.dossier.ingest.ImportService imports;
    private final Path samplesFolder;
    private final CaseSetup setup;

    public MainViewModel(CaseService cases, app.dossier.ingest.ImportService imports, SettingsStore settingsStore,
                         UserSettings initial, TaskRunner tasks, Locale systemLocale, Path samplesFolder) {
        this(cases, imports, settingsStore, initial, tasks, systemLocale, samplesFolder, CaseSetup.NONE);
    }

    /** {@code setup} finishes new cases: the user's addresses, the sample's key phrases. */
    public MainViewModel(CaseService cases, app.dossier.ingest.ImportService imports, SettingsStore settingsStore,
                         UserSettings initial, TaskRunner tasks, Locale systemLocale, Path samplesFolder,
                         CaseSetup setup) {
        this.setup = setup;
        this.cases = cases;
        this.imports = imports;
        this.samplesFolder = samplesFolder;
        this.settingsStore = settingsStore;
        this.tasks = tasks;
        this.systemLocale = systemLocale;
        this.settings = new ReadOnlyObjectWrapper<>(this, "settings", initial);
        this.messages = new ReadOnlyObjectWrapper<>(this, "messages",
                new Messages(initial.language().resolve(systemLocale)));
        this.caseText = Bindings.createStringBinding(this::describeCase, summary, messages);
    }

    private String describeCase() {
        CaseSummary s = summary.get();
        Messages m = messages.get();
        if (s == null) {
            return m.get("status.noCase");
        }
        return m.format(s.encrypted() ? "status.caseEncrypted" : "status.case", s.info().title(), s.location());
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** Creates a case in the background and opens it. */
    public Task<OpenCase> createCase(Path location, String title, char[] password) {
        return createCase(location, title, password, java.util.List.of());
    }

    /** Creates a case knowing the user's own addresses ({@code me}; empty: found from the mail later). */
    public Task<OpenCase> createCase(Path location, String title, char[] password, java.util.List<String> me) {
        return runCaseTask("task.creatingCase", () -> {
            OpenCase created = cases.create(location, title, password);
            if (!me.isEmpty()) {
                setup.caseMade(created, me);
            }
            return created;
        });
    }

    /** Opens a case in the background; migrations of an older case run here too. */
    public Task<OpenCase> openCase(Path location, char[] password) {
        return runCaseTask("task.openingCase", () -> cases.open(location, password));
    }

    /**
     * Opens the built-in sample case (the Kessler portal story) in {@code language}, creating it
     * on first use in the app's own folder, so the user's documents stay untouched.
     */
    public Task<OpenCase> createSampleCase(String language) {
        Path location = samplesFolder.resolve("kessler-" + language + ".dossier");
        String title = messages.get().get(language.equals("de") ? "sample.title.de" : "sample.title.en");
        return runCaseTask("task.openingSample", () -> {
            if (java.nio.file.Files.isDirectory(location)) {
                return cases.open(location, new char[0]);
            }
            OpenCase created = cases.create(location, title, new char[0]);
            try {
                imports.importInto(created, java.util.List.of(new app.dossier.ingest.source.SampleSource(language)),
                        app.dossier.ingest.ImportListener.NONE, new java.util.concurrent.atomic.AtomicBoolean());
                setup.sampleMade(created, language);
            } catch (java.io.IOException | RuntimeException e) {
                created.close();
                throw new IllegalStateException(e);
            }
            return created;
        });
    }

    /** Whether opening {@code location} needs a password; false for anything that is not an encrypted case. */
    public boolean needsPassword(Path location) {
        try {
            return cases.needsPassword(location);
        } catch (CaseException e) {
            return false;
        }
    }

    private Task<OpenCase> runCaseTask(String messageKey, Supplier<OpenCase> work) {
        String text = messages.get().get(messageKey);
        Task<OpenCase> task = new Task<>() {
            @Override
            protected OpenCase call() {
                updateMessage(text);
                updateProgress(-1, 1);
                return work.get();
            }
        };
        task.setOnSucceeded(e -> adopt(task.getValue()));
        task.setOnFailed(e -> report(task.getException()));
        tasks.run(task);
        return task;
    }

    private void adopt(OpenCase opened) {
        closeCase();
        openCase.set(opened);
        summary.set(opened.summary());
        problem.set("");
        changeSettings(settings.get().withCaseOpened(opened.location()));
    }

    private void report(Throwable failure) {
        if (failure instanceof CaseException e) {
            problem.set(new ProblemTexts(messages.get()).describe(e));
            if (e.problem() == app.dossier.model.CaseProblem.NOT_FOUND) {
                changeSettings(settings.get().withoutRecent(e.location()));
            }
        } else {
            LOG.log(Level.SEVERE, "unexpected failure", failure);
            problem.set(messages.get().format("error.unexpected", String.valueOf(failure)));
        }
    }

    /** Re-reads the counts after work that changed the case. */
    public void refreshSummary() {
        OpenCase current = openCase.get();
        if (current != null) {
            summary.set(current.summary());
        }
    }

    public void closeCase() {
        OpenCase current = openCase.get();
        if (current != null) {
            openCase.set(null);
            summary.set(null);
            current.close();
        }
    }

    public void clearProblem() {
        problem.set("");
    }

    public void setTheme(Theme theme) {
        changeSettings(settings.get().withTheme(theme));
    }

    public void setLanguage(Language language) {
        changeSettings(settings.get().withLanguage(language));
        messages.set(new Messages(language.resolve(systemLocale)));
    }

    public void rememberWindow(WindowBounds bounds) {
        changeSettings(settings.get().withWindow(bounds));
    }

    private void changeSettings(UserSettings changed) {
        settings.set(changed);
        try {
            settingsStore.save(changed);
        } catch (IOException e) {
            // Losing a preference is not worth interrupting the user for; the log keeps it.
            LOG.log(Level.WARNING, "could not save settings", e);
        }
    }

    public ReadOnlyObjectProperty<UserSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
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

    @Override
    public void close() {
        closeCase();
    }
}
