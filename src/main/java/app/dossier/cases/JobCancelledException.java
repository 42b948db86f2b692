package app.dossier.cases;

/** Thrown by a job that stopped because it was asked to; reported as cancelled, never as a failure. */
public final class JobCancelledException extends RuntimeException {
    public JobCancelledException() {
        super("cancelled", null, false, false);
    }
}
