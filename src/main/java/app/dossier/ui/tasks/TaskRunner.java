package app.dossier.ui.tasks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs the app's background work one task at a time on a worker thread the app owns, and
 * exposes the running task's progress and message as the one place the status bar binds to.
 */
public final class TaskRunner implements AutoCloseable {
    private final ExecutorService executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final AtomicInteger pending = new AtomicInteger();
    private Task<?> current;

    public TaskRunner() {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "dossier-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newSingleThreadExecutor(threads);
    }

    /** Queues {@code task}; call on the FX thread. */
    public void run(Task<?> task) {
        pending.incrementAndGet();
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.RUNNING) {
                show(task);
            } else if (isDone(state)) {
                finished(task);
            }
        });
        executor.submit(task);
    }

    private void show(Task<?> task) {
        current = task;
        running.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
    }

    private void finished(Task<?> task) {
        if (current == task) {
            progress.unbind();
            message.unbind();
            progress.set(0);
            message.set("");
            current = null;
        }
        running.set(pending.decrementAndGet() > 0);
    }

    private static boolean isDone(Worker.State state) {
        return state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED;
    }

    /** Asks the running task to stop; tasks check for cancellation in their loops. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Between 0 and 1, or -1 while the task cannot say how far it is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        cancel();
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
