package app.dossier.keyphrases.archfixture;

/** Breaks the layer rule of app.dossier.keyphrases on purpose (key phrases do not import), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.ingest.ImportService.class;
    }
}
