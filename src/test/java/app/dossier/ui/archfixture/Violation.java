package app.dossier.ui.archfixture;

/** Breaks the layer rule of app.dossier.ui on purpose (screens go through services), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.store.CaseStore.class;
    }
}
