package app.dossier.cli;

/** Ends the process with a command's exit code; the CLI layer is the only place that does. */
public final class Exit {
    private Exit() {
    }

    public static void with(int code) {
        System.exit(code);
    }
}
