package app.dossier.ui.keyphrases;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the key phrase view models run their reads and writes: on the open case's session in the
 * window, right away in tests (so the view models are tested without the FX toolkit). Every job has
 * a success and a failure path; both are called on the thread that owns the view model.
 */
public interface Work {
    /** A read or a small write the user waits for (the quick lane in the window). */
    <T> void run(Supplier<T> job, Consumer<T> done, Consumer<Throwable> failed);

    /**
     * Work that takes a while, such as finding suggestions, which builds the timeline (the long lane
     * in the window: one at a time, shown in the status bar, stopped when the case closes).
     */
    <T> void runLong(Supplier<T> job, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs each job at once on the calling thread. */
    Work NOW = new Work() {
        @Override
        public <T> void run(Supplier<T> job, Consumer<T> done, Consumer<Throwable> failed) {
            T result;
            try {
                result = job.get();
            } catch (RuntimeException e) {
                failed.accept(e);
                return;
            }
            done.accept(result);
        }

        @Override
        public <T> void runLong(Supplier<T> job, Consumer<T> done, Consumer<Throwable> failed) {
            run(job, done, failed);
        }
    };
}
