package app.dossier.ingest.archfixture;

/** Breaks the layer rule of app.dossier.ingest on purpose (importing does not build the timeline), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.timeline.TimelineService.class;
    }
}
