package app.dossier.ui.importing;

import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.ingest.ImportListener;
import app.dossier.ingest.ImportService;
import app.dossier.ingest.source.PathReader;
import app.dossier.ingest.source.SourceReader;
import app.dossier.mailbox.MessageService;
import app.dossier.model.ImportFailure;
import app.dossier.model.ImportProgress;
import app.dossier.model.ImportSummary;
import app.dossier.ui.tasks.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/** The import section: what to import, how it goes, and what could not be read. */
public final class ImportViewModel {
    private static final int FAILURES_SHOWN = 2000;

    private final ImportService imports;
    private final MessageService messages;
    private final TaskRunner tasks;
    private final ObservableObjectValue<OpenCase> openCase;
    private final Runnable caseChanged;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ObservableList<ImportFailure> failures = FXCollections.observableArrayList();

    public ImportViewModel(ImportService imports, MessageService messages, TaskRunner tasks,
                           ObservableObjectValue<OpenCase> openCase, Runnable caseChanged) {
        this.imports = imports;
        this.messages = messages;
        this.tasks = tasks;
        this.openCase = openCase;
        this.caseChanged = caseChanged;
        openCase.addListener((obs, old, now) -> reloadFailures());
    }

    /** Imports files and folders in the background; returns the task (for tests and progress). */
    public Task<ImportSummary> importPaths(List<Path> paths, Messages text) {
        List<SourceReader> readers = new ArrayList<>();
        paths.forEach(p -> readers.add(new PathReader(p)));
        return run(readers, text);
    }

    /** Stores a note the user typed, as an original of its own. */
    public Task<ImportSummary> addNote(app.dossier.model.NoteData note, Messages text) {
        return run(List.of(new app.dossier.ingest.notes.TypedNoteSource(note, java.time.Instant.now())), text);
    }

    /** Imports one IMAP folder in the background. */
    public Task<ImportSummary> importImap(app.dossier.ingest.imap.ImapSettings settings, Messages text) {
        return run(List.of(new app.dossier.ingest.imap.ImapSource(settings)), text);
    }

    private Task<ImportSummary> run(List<SourceReader> readers, Messages text) {
        OpenCase target = openCase.get();
        AtomicBoolean cancel = new AtomicBoolean();
        Task<ImportSummary> task = new Task<>() {
            @Override
            protected ImportSummary call() {
                updateMessage(text.get("import.starting"));
                updateProgress(-1, 1);
                return imports.importInto(target, readers, new ImportListener() {
                    @Override
                    public void progress(ImportProgress p) {
                        if (isCancelled()) {
                            cancel.set(true);
                        }
                        updateMessage(text.format("import.progress", p.items(), p.bytesRead() / 1_000_000.0,
                                p.itemsPerSecond()));
                        if (p.fraction() >= 0) {
                            updateProgress(p.fraction(), 1);
                        }
                    }
                }, cancel);
            }

            @Override
            protected void cancelled() {
                cancel.set(true);
            }
        };
        running.set(true);
        task.setOnSucceeded(e -> finish(task.getValue(), text));
        task.setOnFailed(e -> {
            running.set(false);
            result.set(text.format("import.error", String.valueOf(task.getException().getMessage())));
        });
        task.setOnCancelled(e -> {
            running.set(false);
            result.set(text.get("import.cancelled"));
            caseChanged.run();
            reloadFailures();
        });
        tasks.run(task);
        return task;
    }

    private void finish(ImportSummary summary, Messages text) {
        running.set(false);
        result.set(text.format(summary.cancelled() ? "import.doneCancelled" : "import.done",
                summary.imported(), summary.duplicates(), summary.failed()));
        caseChanged.run();
        reloadFailures();
    }

    private void reloadFailures() {
        OpenCase open = openCase.get();
        if (open == null) {
            failures.clear();
            return;
        }
        failures.setAll(messages.failures(open, FAILURES_SHOWN));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The outcome of the last import, in words. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObservableList<ImportFailure> failures() {
        return failures;
    }
}
