package app.dossier.store.archfixture;

/** Breaks the layer rule of app.dossier.store on purpose (the store is the bottom layer), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.cases.OpenCase.class;
    }
}
