package app.dossier.i18n.archfixture;

/** Breaks the layer rule of app.dossier.i18n on purpose (texts do not read the case), so LayerRulesTest sees the rule fail. */
public final class Violation {
    private Violation() {
    }

    static Class<?> forbidden() {
        return app.dossier.store.CaseStore.class;
    }
}
