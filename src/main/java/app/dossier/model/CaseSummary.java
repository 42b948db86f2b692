package app.dossier.model;

import java.nio.file.Path;
import java.util.Objects;

/** A case as the front ends show it: where it lives, what it is, what it holds. */
public record CaseSummary(Path location, CaseInfo info, boolean encrypted, CaseCounts counts) {
    public CaseSummary {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(counts, "counts");
    }
}
