package app.dossier.brief;

import java.util.concurrent.CancellationException;

/** Told how far a briefing is (0..1); may ask it to stop, which ends it with a {@link CancellationException}. */
public interface BriefingProgress {
    void done(double fraction);

    default boolean cancelled() {
        return false;
    }

    /** Stops the work when asked to: called between steps. */
    default void check() {
        if (cancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("briefing cancelled");
        }
    }

    /** Called between small steps: the window's session holds the work here while a quick read runs. */
    default void pause() {
    }

    BriefingProgress NONE = fraction -> { };
}
