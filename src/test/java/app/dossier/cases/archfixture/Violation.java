package app.dossier.cases.archfixture;

/** Breaks the layer rule of app.dossier.cases on purpose (the session does not know the importers), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.ingest.ImportService.class;
    }
}
