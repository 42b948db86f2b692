package app.dossier.ui.keyphrases;

import app.dossier.model.PhraseCategory;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The mark of a key phrase outside its text (on a timeline event, on a card): a bookmark in its colour. */
public final class PhraseMarks {
    private PhraseMarks() {
    }

    public static FontIcon icon(PhraseCategory category) {
        FontIcon icon = new FontIcon(Feather.BOOKMARK);
        icon.setIconColor(PhraseColors.of(category));
        icon.setIconSize(14);
        return icon;
    }
}
