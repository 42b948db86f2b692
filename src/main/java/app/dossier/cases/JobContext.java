package app.dossier.cases;

/** What a running job sees of its session: the case, its cancel request, and where to report progress. */
public interface JobContext {
    OpenCase openCase();

    CancelToken token();

    default boolean cancelled() {
        return token().isCancelled();
    }

    void progress(JobProgress progress);
}
