package app.dossier.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something background work does, failing with a message when it does not happen in time. */
public final class Eventually {
    private Eventually() {
    }

    public static void waitFor(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for: " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for: " + what);
            }
        }
    }

    public static void waitFor(String what, BooleanSupplier condition) {
        waitFor(what, Duration.ofSeconds(30), condition);
    }
}
