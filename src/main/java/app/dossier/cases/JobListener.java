package app.dossier.cases;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Hears how one job ends. A failure handler is not optional: every job says what happens when it
 * fails. Called on the session's callback executor (the FX thread in the window).
 */
public interface JobListener<T> {
    void succeeded(T value);

    void failed(Throwable failure);

    default void cancelled() {
    }

    default void progress(JobProgress progress) {
    }

    static <T> JobListener<T> of(Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
        return new JobListener<>() {
            @Override
            public void succeeded(T value) {
                onSuccess.accept(value);
            }

            @Override
            public void failed(Throwable failure) {
                onFailure.accept(failure);
            }
        };
    }
}
