package app.dossier.ui.tasks;

import java.time.Instant;
import java.util.Objects;

/**
 * A failure of background work, kept for the problems list. {@code activityKey} names what was
 * being done (a message key); the failure is said in the user's language when shown, and its
 * details are in the log.
 */
public record Problem(Instant at, String activityKey, Throwable failure) {
    public Problem {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(activityKey, "activityKey");
        Objects.requireNonNull(failure, "failure");
    }
}
