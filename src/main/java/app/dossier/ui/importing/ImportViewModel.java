package app.dossier.ui.importing;

import app.dossier.cases.JobListener;
import app.dossier.cases.JobProgress;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.FailureTexts;
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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The import section: what to import, how it goes, and what could not be read. */
public final class ImportViewModel {
    private static final int FAILURES_SHOWN = 2000;

    private final ImportService imports;
    private final MessageService messages;
    private final TaskRunner tasks;
    private final ObservableObjectValue<OpenCase> openCase;
    private final Runnable caseChanged;
    private final java.util.function.LongSupplier keepPstBytes;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ObservableList<ImportFailure> failures = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyIntegerWrapper importsEnded =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "importsEnded");
    private final ReadOnlyObjectWrapper<ImportSummary> lastSummary = new ReadOnlyObjectWrapper<>(this, "lastSummary");

    /** {@code keepPstBytes} is read at each import: the user's current limit for keeping an Outlook data file whole. */
    public ImportViewModel(ImportService imports, MessageService messages, TaskRunner tasks,
                           ObservableObjectValue<OpenCase> openCase, Runnable caseChanged,
                           java.util.function.LongSupplier keepPstBytes) {
        this.keepPstBytes = keepPstBytes;
        this.imports = imports;
        this.messages = messages;
        this.tasks = tasks;
        this.openCase = openCase;
        this.caseChanged = caseChanged;
        openCase.addListener((obs, old, now) -> reloadFailures());
    }

    /** Imports files and folders as a long job of the open case. */
    public void importPaths(List<Path> paths, Messages text) {
        List<SourceReader> readers = new ArrayList<>();
        long keep = keepPstBytes.getAsLong();
        paths.forEach(p -> readers.add(new PathReader(p, keep)));
        run(readers, text);
    }

    /** Stores a note the user typed, as an original of its own. */
    public void addNote(app.dossier.model.NoteData note, Messages text) {
        run(List.of(new app.dossier.ingest.notes.TypedNoteSource(note, java.time.Instant.now())), text);
    }

    /** Imports one IMAP folder as a long job of the open case (the connection is made there too). */
    public void importImap(app.dossier.ingest.imap.ImapSettings settings, Messages text) {
        run(List.of(new app.dossier.ingest.imap.ImapSource(settings)), text);
    }

    /** Imports what {@code readers} read, as a long job of the open case. */
    void importReaders(List<SourceReader> readers, Messages text) {
        run(readers, text);
    }

    private void run(List<SourceReader> readers, Messages text) {
        if (openCase.get() == null || running.get()) {
            return;
        }
        running.set(true);
        result.set("");
        tasks.job("activity.import", job -> {
            job.progress(JobProgress.unknown(text.get("import.starting")));
            return imports.importInto(job.openCase(), readers, new ImportListener() {
                @Override
                public void progress(ImportProgress p) {
                    String line = text.format("import.progress", p.items(), p.bytesRead() / 1_000_000.0,
                            p.itemsPerSecond());
                    job.progress(p.fraction() >= 0 ? new JobProgress(Math.min(1, p.fraction()), line)
                            : JobProgress.unknown(line));
                }
            }, job.token().flag());
        }, new JobListener<>() {
            @Override
            public void succeeded(ImportSummary summary) {
                finish(summary, text);
            }

            @Override
            public void failed(Throwable failure) {
                running.set(false);
                result.set(text.format("import.error", new FailureTexts(text).describe(failure)));
                ended();
            }

            @Override
            public void cancelled() {
                running.set(false);
                result.set(text.get("import.cancelled"));
                ended();
            }
        });
    }

    /**
     * Lists the folders of an IMAP account on the quick lane (a network read: never on the FX
     * thread, never behind a long job); {@code failed} hears the reason in the user's words.
     */
    public void listFolders(app.dossier.ingest.imap.ImapSettings settings, Messages text,
                            java.util.function.Consumer<List<String>> listed, java.util.function.Consumer<String> failed) {
        var job = tasks.quick("activity.imapFolders", j -> app.dossier.ingest.imap.ImapSource.folders(settings), listed,
                failure -> failed.accept(new FailureTexts(text).describe(failure)));
        if (job == null) {
            failed.accept(text.get("imap.noCase"));
        }
    }

    private void finish(ImportSummary summary, Messages text) {
        running.set(false);
        lastSummary.set(summary);
        String line = text.format(summary.cancelled() ? "import.doneCancelled" : "import.done",
                summary.imported(), summary.duplicates(), summary.failed());
        FailureTexts reasons = new FailureTexts(text);
        // A source not read to its end is said in the result itself, not only in the list below.
        List<String> unfinished = summary.failures().stream().filter(ImportFailure::aboutSource)
                .map(f -> reasons.describe(f.reason())).toList();
        StringBuilder said = new StringBuilder(unfinished.isEmpty() ? line
                : line + " " + text.format("import.unfinished", String.join("; ", unfinished)));
        // Folders left out on purpose (another program's database) are said once each, not listed as failures.
        for (ImportFailure skipped : summary.skipped()) {
            said.append(' ').append(text.format("import.skippedFolder", skipped.source().describe()));
        }
        result.set(said.toString());
        ended();
    }

    /** Whatever the outcome, the case may have changed: what was imported before a stop is kept. */
    private void ended() {
        caseChanged.run();
        reloadFailures();
        importsEnded.set(importsEnded.get() + 1);
    }

    /** Counts the imports that ended (in any way), so other sections know to read the case again. */
    public javafx.beans.property.ReadOnlyIntegerProperty importsEndedProperty() {
        return importsEnded.getReadOnlyProperty();
    }

    private void reloadFailures() {
        OpenCase open = openCase.get();
        if (open == null) {
            failures.clear();
            return;
        }
        tasks.quick("activity.readFailures", job -> messages.failures(job.openCase(), FAILURES_SHOWN), read -> {
            if (open == openCase.get()) {
                failures.setAll(read);
            }
        });
    }

    /** The last import's summary (null before the first one). */
    public ReadOnlyObjectProperty<ImportSummary> lastSummaryProperty() {
        return lastSummary.getReadOnlyProperty();
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
