package app.dossier.brief.archfixture;

/** Breaks the layer rule of app.dossier.brief on purpose (the briefing does not import), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.ingest.ImportService.class;
    }
}
