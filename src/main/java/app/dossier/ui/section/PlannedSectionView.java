package app.dossier.ui.section;

import app.dossier.i18n.Messages;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A section that is not built yet: it says what it will do, so the user knows what to expect. */
public final class PlannedSectionView extends VBox {
    public PlannedSectionView(String id, String title, String purpose, Ikon icon, Messages messages) {
        setId(id + "View");
        setSpacing(14);
        setPadding(new Insets(32, 40, 32, 40));
        getStyleClass().add("section-view");

        FontIcon graphic = new FontIcon(icon);
        graphic.setIconSize(40);
        graphic.getStyleClass().add("section-icon");

        Label heading = new Label(title);
        heading.setId("sectionTitle");
        heading.getStyleClass().add(Styles.TITLE_2);

        Label purposeText = new Label(purpose);
        purposeText.setWrapText(true);
        purposeText.setMaxWidth(640);
        purposeText.getStyleClass().add(Styles.TEXT);

        Label planned = new Label(messages.get("section.planned"));
        planned.setWrapText(true);
        planned.setMaxWidth(640);
        planned.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);

        getChildren().addAll(graphic, heading, purposeText, planned);
    }
}
