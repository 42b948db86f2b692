package app.dossier.settings;

/** The look of the window. */
public enum Theme {
    LIGHT, DARK
}
