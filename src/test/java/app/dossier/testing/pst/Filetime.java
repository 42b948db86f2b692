package app.dossier.testing.pst;

import java.time.Instant;

/** Windows FILETIME: 100-ns ticks since 1601-01-01 UTC. */
final class Filetime {
    private static final long EPOCH_DIFF_SECONDS = 11_644_473_600L;

    private Filetime() {
    }

    static long of(Instant when) {
        return (when.getEpochSecond() + EPOCH_DIFF_SECONDS) * 10_000_000L + when.getNano() / 100;
    }
}
