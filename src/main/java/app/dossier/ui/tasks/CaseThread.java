package app.dossier.ui.tasks;

import app.dossier.cases.CaseSession;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opening, creating and closing cases, one after another on one thread: a close submitted before
 * an open has released the case's files when the open starts. Outcomes come back on {@code fx}.
 */
final class CaseThread implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CaseThread.class.getName());

    private final Executor fx;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-cases");
        t.setDaemon(true);
        return t;
    });

    CaseThread(Executor fx) {
        this.fx = fx;
    }

    <T> void run(String activityKey, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        thread.execute(() -> {
            T value;
            try {
                value = work.call();
            } catch (Exception | Error e) {
                LOG.log(Level.WARNING, "case work failed: " + activityKey, e);
                fx.execute(() -> onFailure.accept(e));
                return;
            }
            fx.execute(() -> onSuccess.accept(value));
        });
    }

    void execute(Runnable work) {
        thread.execute(work);
    }

    /** Lets queued work (a close above all) finish, then ends the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(CaseSession.CLOSE_WAIT.toSeconds() + 5, TimeUnit.SECONDS)) {
                LOG.warning("case thread did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
