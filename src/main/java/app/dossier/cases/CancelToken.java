package app.dossier.cases;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a running job to stop. Jobs check it in their loops; nothing is interrupted, because an
 * interrupted database read closes the case file under every other reader.
 */
public final class CancelToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Ends the job with {@link JobCancelledException} when it was asked to stop. */
    public void throwIfCancelled() {
        if (cancelled.get()) {
            throw new JobCancelledException();
        }
    }

    /**
     * The same request as a flag, for services that take an {@code AtomicBoolean}: setting
     * either one stops the job.
     */
    public AtomicBoolean flag() {
        return cancelled;
    }
}
