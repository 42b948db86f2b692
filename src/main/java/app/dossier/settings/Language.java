package app.dossier.settings;

import java.util.Locale;

/** The language of the user interface; {@link #SYSTEM} follows the operating system. */
public enum Language {
    SYSTEM(null), ENGLISH(Locale.ENGLISH), GERMAN(Locale.GERMAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale to show texts in, given the locale the system runs with. */
    public Locale resolve(Locale system) {
        if (locale != null) {
            return locale;
        }
        return "de".equals(system.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }
}
