package app.dossier.ui.briefing;

import app.dossier.brief.Briefing;
import app.dossier.brief.BriefingOptions;
import app.dossier.brief.BriefingProgress;
import app.dossier.brief.BriefingService;
import app.dossier.brief.bundle.BundleWriter;
import app.dossier.cases.Job;
import app.dossier.cases.JobCancelledException;
import app.dossier.cases.JobListener;
import app.dossier.cases.JobProgress;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.ui.tasks.TaskRunner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableObjectValue;

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

    private final BriefingChoices choices;
    private final ReadOnlyObjectWrapper<Briefing> briefing = new ReadOnlyObjectWrapper<>(this, "briefing");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final PagePreviewModel preview;
    private Job<?> current;
    /** Counts the jobs started here: only the newest one's outcome is shown. */
    private int generation;

    public BriefingViewModel(BriefingService briefings, BundleWriter bundles, TaskRunner tasks,
                             ObservableObjectValue<OpenCase> openCase, ObservableObjectValue<Messages> messages,
                             BriefingActions actions) {
        this.briefings = briefings;
        this.bundles = bundles;
        this.tasks = tasks;
        this.openCase = openCase;
        this.messages = messages;
        this.actions = actions;
        this.choices = new BriefingChoices(messages.get().locale());
        this.preview = new PagePreviewModel(tasks, error -> status.set(text().get("briefing.error.preview")));
        openCase.addListener((obs, old, now) -> clear());
    }

    /** The options as chosen; empty with a status message saying what is wrong. */
    Optional<BriefingOptions> options() {
        return choices.read(text(), status::set);
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
        longJob("activity.makeBriefing", "briefing.making",
                progress -> briefings.make(open, options.get(), progress), this::show, "briefing.error.make");
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
        quickJob("activity.saveBriefing", () -> {
            actions.save(made.pdf(), target);
            return target;
        }, saved -> finished(text().format("briefing.saved", saved)), "briefing.error.save");
    }

    /** Printing a long briefing takes a while: a long job, which the user can stop. */
    public void print() {
        Briefing made = briefing.get();
        if (made == null) {
            return;
        }
        String jobName = text().get("briefing.printJob");
        longJob("activity.printBriefing", null, progress -> actions.print(made.pdf(), jobName),
                printed -> finished(text().get(printed ? "briefing.printed" : "briefing.printCancelled")),
                "briefing.error.print");
    }

    /** Opens the briefing in the system's PDF viewer (from a temporary copy). */
    public void openExternally() {
        Briefing made = briefing.get();
        if (made == null) {
            return;
        }
        quickJob("activity.openBriefing", () -> {
            actions.open(made.pdf());
            return made;
        }, opened -> finished(""), "briefing.error.open");
    }

    /** Writes the evidence bundle with the current options. */
    public void bundle(Path target) {
        OpenCase open = openCase.get();
        Optional<BriefingOptions> options = options();
        if (open == null || options.isEmpty()) {
            return;
        }
        longJob("activity.writeBundle", "briefing.bundling", progress -> bundles.write(open, options.get(), target,
                progress), summary -> finished(text().format("briefing.bundled", target, summary.originals())),
                "briefing.error.bundle");
    }

    /** Work that is told how far it is and whether to stop, as the briefing service asks. */
    @FunctionalInterface
    private interface BriefingWork<T> {
        T run(BriefingProgress progress) throws Exception;
    }

    /** What runs on the quick lane: saving and opening a made briefing. */
    @FunctionalInterface
    private interface QuickWork<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work} on the long lane: its progress is the status bar's, Cancel (here or there)
     * stops it at its next step, and a failure is said here in words (and in the problems list).
     */
    private <T> void longJob(String activityKey, String messageKey, BriefingWork<T> work, Consumer<T> done,
                             String failureKey) {
        running.set(true);
        status.set("");
        String message = messageKey == null ? "" : text().get(messageKey);
        int mine = ++generation;
        Job<T> job = tasks.job(activityKey, context -> {
            context.progress(JobProgress.unknown(message));
            try {
                return work.run(new BriefingProgress() {
                    @Override
                    public void done(double fraction) {
                        context.progress(new JobProgress(Math.max(0, Math.min(1, fraction)), message));
                    }

                    @Override
                    public boolean cancelled() {
                        return context.cancelled();
                    }

                    @Override
                    public void pause() {
                        context.yieldToQuickWork();
                    }
                });
            } catch (CancellationException e) {
                throw new JobCancelledException();
            }
        }, new JobListener<>() {
            @Override
            public void succeeded(T value) {
                if (mine == generation) {
                    done.accept(value);
                }
            }

            @Override
            public void failed(Throwable failure) {
                if (mine == generation) {
                    BriefingViewModel.this.failed(failure, failureKey);
                }
            }

            @Override
            public void cancelled() {
                if (mine == generation) {
                    finished(text().get("briefing.cancelled"));
                }
            }
        });
        current = job;
    }

    private <T> void quickJob(String activityKey, QuickWork<T> work, Consumer<T> done, String failureKey) {
        running.set(true);
        status.set("");
        int mine = ++generation;
        current = null;
        Job<T> job = tasks.quick(activityKey, context -> work.run(), value -> {
            if (mine == generation) {
                done.accept(value);
            }
        }, failure -> {
            if (mine == generation) {
                failed(failure, failureKey);
            }
        });
        if (job == null && mine == generation) {
            finished(""); // no case open: nothing ran
        }
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

    private void clear() {
        preview.clear();
        briefing.set(null);
        status.set("");
    }

    /** The page preview of the briefing last made. */
    public PagePreviewModel preview() {
        return preview;
    }

    /** What the user chose for the next briefing. */
    public BriefingChoices choices() {
        return choices;
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
