package app.dossier.cases;

/** What a running job sees of its session: the case, its cancel request, and where to report progress. */
public interface JobContext {
    OpenCase openCase();

    CancelToken token();

    default boolean cancelled() {
        return token().isCancelled();
    }

    void progress(JobProgress progress);

    /**
     * Called by long jobs between small steps (one message): holds the job briefly while reads the
     * user waits for are queued or running on the quick lane, so they are not slowed by it. Does
     * nothing for quick jobs.
     */
    default void yieldToQuickWork() {
    }
}
