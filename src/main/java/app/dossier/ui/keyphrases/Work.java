package app.dossier.ui.keyphrases;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the key phrase view models run their reads and writes: on the app's worker in the window,
 * right away in tests (so the view models are tested without the FX toolkit). Every job has a
 * success and a failure path; both are called on the thread that owns the view model.
 */
public interface Work {
    <T> void run(Supplier<T> job, Consumer<T> done, Consumer<Throwable> failed);

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
    };
}
