package app.dossier.timeline.archfixture;

/** Breaks the layer rule of app.dossier.timeline on purpose (the timeline does not import), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.ingest.ImportService.class;
    }
}
