package app.dossier.cases;

/**
 * A job that hands part of its work to helper threads (the timeline build's readers, the briefing's
 * part renderers) fails as if it had done that work itself: what a helper threw is re-thrown as is,
 * so the case session reports the real failure, not the wrapper around it.
 */
public final class HelperFailure {
    private HelperFailure() {
    }

    /**
     * What the helper threw, for the caller to {@code throw}: a runtime exception as is, an error
     * thrown from here, anything else (a checked exception) wrapped.
     */
    public static RuntimeException of(Throwable wrapper) {
        Throwable cause = wrapper.getCause() == null ? wrapper : wrapper.getCause();
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        return new IllegalStateException(cause);
    }
}
