package app.dossier.model;

import java.util.List;

/**
 * What one import did. {@code imported} counts originals newly stored, {@code duplicates} those
 * whose exact bytes the case already held, {@code failed} the items that could not be read.
 */
public record ImportSummary(long imported, long duplicates, long failed, long bytes, List<ImportFailure> failures,
                            boolean cancelled, List<ImportFailure> skipped) {
    public ImportSummary {
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }

    public ImportSummary(long imported, long duplicates, long failed, long bytes, List<ImportFailure> failures,
                         boolean cancelled) {
        this(imported, duplicates, failed, bytes, failures, cancelled, List.of());
    }

    /** The line the CLI prints last, a contract for scripts. */
    public String line() {
        return "imported " + imported + ", duplicates " + duplicates + ", failed " + failed;
    }
}
