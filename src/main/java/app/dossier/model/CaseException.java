package app.dossier.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A case could not be opened, created or written, for a reason the user can act on.
 * Front ends turn {@link #problem()} into one clear, localized sentence.
 */
public final class CaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final CaseProblem problem;
    private final transient Path location;

    public CaseException(CaseProblem problem, Path location, String detail, Throwable cause) {
        super(problem + " " + location + (detail == null ? "" : ": " + detail), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.location = Objects.requireNonNull(location, "location");
    }

    public CaseException(CaseProblem problem, Path location, String detail) {
        this(problem, location, detail, null);
    }

    public CaseProblem problem() {
        return problem;
    }

    public Path location() {
        return location;
    }
}
