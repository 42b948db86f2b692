package app.dossier.cases;

import java.util.Objects;

/**
 * How far a job is, in words for the status bar. {@code fraction} is between 0 and 1, or -1
 * while the job cannot say.
 */
public record JobProgress(double fraction, String message) {
    public static final double UNKNOWN = -1;

    public JobProgress {
        Objects.requireNonNull(message, "message");
        if (fraction != UNKNOWN && (fraction < 0 || fraction > 1 || Double.isNaN(fraction))) {
            throw new IllegalArgumentException("fraction must be -1 or between 0 and 1: " + fraction);
        }
    }

    public static JobProgress unknown(String message) {
        return new JobProgress(UNKNOWN, message);
    }

    /** {@code done} of {@code total}; unknown when the total is not known. */
    public static JobProgress of(long done, long total, String message) {
        return total <= 0 ? unknown(message) : new JobProgress(Math.min(1.0, Math.max(0, (double) done / total)), message);
    }
}
