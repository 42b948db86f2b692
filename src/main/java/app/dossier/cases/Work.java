package app.dossier.cases;

/** The body of a job. It may throw: the failure goes to the job's failure handler, never nowhere. */
@FunctionalInterface
public interface Work<T> {
    T run(JobContext job) throws Exception;
}
