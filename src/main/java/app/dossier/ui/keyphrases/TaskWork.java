package app.dossier.ui.keyphrases;

import app.dossier.cases.JobListener;
import app.dossier.ui.tasks.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@link Work} on the open case's session through the app's {@link TaskRunner}: reads and edits on
 * the quick lane, suggestions on the long lane; outcomes on the FX thread, failures also in the
 * problems list.
 */
public final class TaskWork implements Work {
    private final TaskRunner tasks;

    public TaskWork(TaskRunner tasks) {
        this.tasks = tasks;
    }

    @Override
    public <T> void run(Supplier<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        tasks.quick("activity.keyPhrases", context -> job.get(), done, failed);
    }

    @Override
    public <T> void runLong(Supplier<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        tasks.job("activity.suggestions", context -> job.get(), JobListener.of(done, failed));
    }
}
