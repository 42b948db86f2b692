package app.dossier.rehearse.archfixture;

/** Breaks the layer rule of app.dossier.rehearse on purpose (rehearsing does not import), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.ingest.ImportService.class;
    }
}
