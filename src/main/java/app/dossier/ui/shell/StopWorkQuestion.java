package app.dossier.ui.shell;

/**
 * Asks the user whether the running long job may be stopped so that the case can close (Close case,
 * opening another case, closing the window). The window answers with a dialog; tests answer
 * directly, so the decision in {@link MainViewModel} is tested without the FX toolkit.
 */
@FunctionalInterface
public interface StopWorkQuestion {
    /** @return true to stop the job and close, false to keep working */
    boolean stopAndClose(StopWorkRequest request);

    /** The texts of one question, already in the user's language. */
    record StopWorkRequest(String title, String question, String stop, String keep) {
    }
}
