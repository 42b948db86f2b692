package app.dossier.cli.archfixture;

/** Breaks the layer rule of app.dossier.cli on purpose (the command line never loads the window), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.ui.tasks.TaskRunner.class;
    }
}
