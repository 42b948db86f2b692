package app.dossier.ui.briefing;

import app.dossier.brief.Briefing;
import app.dossier.brief.BriefingOptions;
import app.dossier.brief.BriefingProgress;
import app.dossier.brief.BriefingSection;
import app.dossier.brief.BriefingService;
import app.dossier.brief.Paper;
import app.dossier.brief.Redactions;
import app.dossier.brief.bundle.BundleWriter;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.ui.tasks.TaskRunner;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.concurrent.Task;

/**
 * The Briefing section: the options of one briefing, making it in the background (progress,
 * cancel), its page preview ({@link PagePreviewModel}), and saving, printing, opening and bundling it.
 */
public final class BriefingViewModel {
    private final BriefingService briefings;
    private final BundleWriter bundles;
    private final TaskRunner tasks;
    private final ObservableObjectValue<OpenCase> openCase;
    private final ObservableObjectValue<Messages> messages;
    private final BriefingActions actions;

    private final ObjectProperty<Locale> language;
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(this, "paper", Paper.A4);
    private final Map<BriefingSection, BooleanProperty> sections = new EnumMap<>(BriefingSection.class);
    private final StringProperty redactions = new SimpleStringProperty(this, "redactions", "");
    private final StringProperty exhibits = new SimpleStringProperty(this, "exhibits", "");
    private final ReadOnlyObjectWrapper<Briefing> briefing = new ReadOnlyObjectWrapper<>(this, "briefing");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final PagePreviewModel preview;
    private Task<?> current;

    public BriefingViewModel(BriefingService briefings, BundleWriter bundles, TaskRunner tasks,
                             ObservableObjectValue<OpenCase> openCase, ObservableObjectValue<Messages> messages,
                             BriefingActions actions) {
        this.briefings = briefings;
        this.bundles = bundles;
        this.tasks = tasks;
        this.openCase = openCase;
        this.messages = messages;
        this.actions = actions;
        this.language = new SimpleObjectProperty<>(this, "language",
                messages.get().locale().getLanguage().equals("de") ? Locale.GERMAN : Locale.ENGLISH);
        for (BriefingSection s : BriefingSection.values()) {
            sections.put(s, new SimpleBooleanProperty(this, s.id(), true));
        }
        this.preview = new PagePreviewModel(tasks, error -> status.set(text().get("briefing.error.preview")));
        openCase.addListener((obs, old, now) -> clear());
    }

    /** The options as set; empty with a status message when the exhibit list cannot be read. */
    Optional<BriefingOptions> options() {
        Set<BriefingSection> chosen = new LinkedHashSet<>();
        sections.forEach((s, on) -> {
            if (on.get()) {
                chosen.add(s);
            }
        });
        Set<Integer> numbers = new LinkedHashSet<>();
        String list = exhibits.get() == null ? "" : exhibits.get().strip();
        if (!list.isEmpty()) {
            for (String part : list.split("[,;\\s]+")) {
                if (!part.matches("\\d{1,6}") || Integer.parseInt(part) < 1) {
                    status.set(text().format("briefing.error.exhibits", part));
                    return Optional.empty();
                }
                numbers.add(Integer.parseInt(part));
            }
        }
        if (chosen.isEmpty()) {
            status.set(text().get("briefing.error.noSection"));
            return Optional.empty();
        }
        return Optional.of(new BriefingOptions(language.get(), paper.get(), chosen, numbers,
                Redactions.parse(redactions.get() == null ? "" : redactions.get())));
    }

    /** Makes the briefing in the background; the preview shows its first page when done. */
    public void generate() {
        OpenCase open = openCase.get();
        if (open == null) {
            status.set(text().get("briefing.error.noCase"));
            return;
        }
        Optional<BriefingOptions> options = options();
        if (options.isEmpty()) {
            return;
        }
        ProgressTask<Briefing> task = new ProgressTask<>() {
            @Override
            protected Briefing call() {
                updateMessage(text().get("briefing.making"));
                return briefings.make(open, options.get(), progress());
            }
        };
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> failed(task.getException(), "briefing.error.make"));
        task.setOnCancelled(e -> finished(text().get("briefing.cancelled")));
        start(task);
    }

    /** Asks the running job to stop. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    public void save(Path target) {
        Briefing made = briefing.get();
        if (made == null) {
            return;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                actions.save(made.pdf(), target);
                return null;
            }
        };
        task.setOnSucceeded(e -> finished(text().format("briefing.saved", target)));
        task.setOnFailed(e -> failed(task.getException(), "briefing.error.save"));
        start(task);
    }

    public void print() {
        Briefing made = briefing.get();
        if (made == null) {
            return;
        }
        Task<Boolean> task = new Task<>() {
            @Override
            protected Boolean call() throws Exception {
                return actions.print(made.pdf(), text().get("briefing.printJob"));
            }
        };
        task.setOnSucceeded(e -> finished(text().get(task.getValue() ? "briefing.printed" : "briefing.printCancelled")));
        task.setOnFailed(e -> failed(task.getException(), "briefing.error.print"));
        start(task);
    }

    /** Opens the briefing in the system's PDF viewer (from a temporary copy). */
    public void openExternally() {
        Briefing made = briefing.get();
        if (made == null) {
            return;
        }
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                actions.open(made.pdf());
                return null;
            }
        };
        task.setOnSucceeded(e -> finished(""));
        task.setOnFailed(e -> failed(task.getException(), "briefing.error.open"));
        start(task);
    }

    /** Writes the evidence bundle with the current options. */
    public void bundle(Path target) {
        OpenCase open = openCase.get();
        Optional<BriefingOptions> options = options();
        if (open == null || options.isEmpty()) {
            return;
        }
        ProgressTask<BundleWriter.Summary> task = new ProgressTask<>() {
            @Override
            protected BundleWriter.Summary call() throws Exception {
                updateMessage(text().get("briefing.bundling"));
                return bundles.write(open, options.get(), target, progress());
            }
        };
        task.setOnSucceeded(e -> finished(text().format("briefing.bundled", target, task.getValue().originals())));
        task.setOnFailed(e -> failed(task.getException(), "briefing.error.bundle"));
        task.setOnCancelled(e -> finished(text().get("briefing.cancelled")));
        start(task);
    }

    private void show(Briefing made) {
        briefing.set(made);
        preview.show(made.pdf());
        finished(text().format("briefing.made", made.pages(), made.exhibits(), made.redactedPlaces()));
    }

    /** The app's texts in the language chosen now (it can change while the section lives). */
    private Messages text() {
        return messages.get();
    }

    private void start(Task<?> task) {
        current = task;
        running.set(true);
        status.set("");
        tasks.run(task);
    }

    private void finished(String message) {
        running.set(false);
        current = null;
        status.set(message);
    }

    private void failed(Throwable error, String key) {
        String reason = error == null ? "" : new app.dossier.i18n.FailureTexts(text()).describe(error);
        finished(error instanceof CancellationException ? text().get("briefing.cancelled")
                : text().format(key, reason));
    }

    /** A job whose progress and cancellation the briefing service sees. */
    private abstract static class ProgressTask<T> extends Task<T> {
        BriefingProgress progress() {
            return new BriefingProgress() {
                @Override
                public void done(double fraction) {
                    updateProgress(fraction, 1);
                }

                @Override
                public boolean cancelled() {
                    return isCancelled();
                }
            };
        }
    }

    private void clear() {
        preview.clear();
        briefing.set(null);
        status.set("");
    }

    /** The page preview of the briefing last made. */
    public PagePreviewModel preview() {
        return preview;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    public BooleanProperty sectionProperty(BriefingSection section) {
        return sections.get(section);
    }

    public StringProperty redactionsProperty() {
        return redactions;
    }

    public StringProperty exhibitsProperty() {
        return exhibits;
    }

    public ReadOnlyObjectProperty<Briefing> briefingProperty() {
        return briefing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
