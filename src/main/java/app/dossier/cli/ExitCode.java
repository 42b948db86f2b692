package app.dossier.cli;

/** The exit codes of the command line, as promised in the README. */
public final class ExitCode {
    public static final int OK = 0;
    /** Something unexpected inside Dossier; reported as one line, details in the log. */
    public static final int INTERNAL = 1;
    /** Wrong usage, or a case that cannot be used (missing, wrong password, in use). */
    public static final int USAGE_OR_CASE = 2;
    /** The command ran, but some items failed. */
    public static final int PARTIAL = 3;

    private ExitCode() {
    }
}
