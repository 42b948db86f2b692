package app.dossier.settings.archfixture;

/** Breaks the layer rule of app.dossier.settings on purpose (preferences are not case data), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.store.CaseStore.class;
    }
}
