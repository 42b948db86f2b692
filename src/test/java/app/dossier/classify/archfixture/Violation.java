package app.dossier.classify.archfixture;

/** Breaks the layer rule of app.dossier.classify on purpose (the classifier reads texts, not the case), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.store.CaseStore.class;
    }
}
