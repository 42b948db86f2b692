package app.dossier.ui.keyphrases;

import app.dossier.ui.tasks.TaskRunner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;

/** {@link Work} on the app's {@link TaskRunner}: the job in the background, its outcome on the FX thread. */
public final class TaskWork implements Work {
    private final TaskRunner tasks;

    public TaskWork(TaskRunner tasks) {
        this.tasks = tasks;
    }

    @Override
    public <T> void run(Supplier<T> job, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return job.get();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        tasks.run(task);
    }
}
