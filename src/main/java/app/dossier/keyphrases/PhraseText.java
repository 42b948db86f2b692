package app.dossier.keyphrases;

/**
 * The text positions of key phrases refer to: the stored text with every line ending made a single
 * line feed, which is also what the viewers show (a text control drops carriage returns), so a
 * selection in a viewer and a position in the case are the same number.
 */
public final class PhraseText {
    private PhraseText() {
    }

    public static String canonical(String raw) {
        return raw == null ? "" : raw.replace("\r\n", "\n").replace('\r', '\n');
    }
}
