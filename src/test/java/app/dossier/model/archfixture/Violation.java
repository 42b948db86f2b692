package app.dossier.model.archfixture;

/** Breaks the layer rule of app.dossier.model on purpose (the model must not know the store), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.store.CaseStore.class;
    }
}
