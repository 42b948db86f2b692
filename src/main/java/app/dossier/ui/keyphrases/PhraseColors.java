package app.dossier.ui.keyphrases;

import app.dossier.model.PhraseCategory;
import javafx.scene.paint.Color;

/** One colour per category, the same in the viewers, on the timeline and on the cards; readable in both themes. */
public final class PhraseColors {
    private PhraseColors() {
    }

    public static Color of(PhraseCategory category) {
        return switch (category) {
            case THEIR_WORDS -> Color.web("#e5484d");
            case MY_WARNING -> Color.web("#f5a524");
            case APPROVAL -> Color.web("#30a46c");
            case THREAT -> Color.web("#8e4ec6");
            case INSTRUCTION -> Color.web("#0090ff");
            case ADMISSION_RISK -> Color.web("#d6409f");
            case CUSTOM -> Color.web("#12a594");
        };
    }

    /** The marker over the words: light enough that the text stays readable through it. */
    public static Color marker(PhraseCategory category) {
        return of(category).deriveColor(0, 1, 1, 0.38);
    }
}
