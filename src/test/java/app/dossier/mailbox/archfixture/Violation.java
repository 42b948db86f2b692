package app.dossier.mailbox.archfixture;

/** Breaks the layer rule of app.dossier.mailbox on purpose (reading mail does not need the timeline), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.timeline.TimelineService.class;
    }
}
