package app.dossier.settings;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Saves settings on a thread of its own, so the window never waits for the disk. Saves that come
 * faster than the disk are folded together: only the newest settings are written (the last write
 * wins). {@link #close()} writes what is still pending before it returns, so nothing is lost on exit.
 */
public final class SettingsWriter implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SettingsWriter.class.getName());
    /** How long closing waits for the last write. */
    static final Duration FLUSH_WAIT = Duration.ofSeconds(10);

    private final SettingsStore store;
    private final Consumer<IOException> failed;
    private final AtomicReference<UserSettings> pending = new AtomicReference<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-settings");
        t.setDaemon(true);
        return t;
    });

    /** @param failed hears a write that failed, on the writer's thread */
    public SettingsWriter(SettingsStore store, Consumer<IOException> failed) {
        this.store = Objects.requireNonNull(store, "store");
        this.failed = Objects.requireNonNull(failed, "failed");
    }

    /** Writes {@code settings} soon; returns at once. */
    public void save(UserSettings settings) {
        Objects.requireNonNull(settings, "settings");
        if (pending.getAndSet(settings) != null) {
            return; // a write is already queued: it takes these newer settings
        }
        try {
            thread.execute(this::writePending);
        } catch (RejectedExecutionException e) {
            // Closed already (the window is gone): write here rather than lose the change.
            writePending();
        }
    }

    private void writePending() {
        UserSettings newest = pending.getAndSet(null);
        if (newest == null) {
            return;
        }
        try {
            store.save(newest);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not save settings", e);
            failed.accept(e);
        }
    }

    /** Waits until every save asked for so far is written (or failed). */
    public void flush() {
        try {
            thread.submit(this::writePending).get(FLUSH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            writePending();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.log(Level.WARNING, "settings not written in time", e);
        }
    }

    /** Writes what is pending, then ends the thread. Closing twice does nothing more. */
    @Override
    public void close() {
        if (thread.isShutdown()) {
            writePending();
            return;
        }
        flush();
        thread.shutdown();
    }
}
