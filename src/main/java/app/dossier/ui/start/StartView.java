package app.dossier.ui.start;

import app.dossier.i18n.Messages;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the window shows while no case is open: start a case, open one, or pick a recent one. */
public final class StartView extends VBox {
    public StartView(Messages messages, List<Path> recent, Runnable onNew, Runnable onOpen,
                     Consumer<Path> onOpenRecent, Consumer<String> onSample) {
        setId("startView");
        setSpacing(18);
        setPadding(new Insets(48, 56, 48, 56));
        setAlignment(Pos.TOP_LEFT);
        setMaxWidth(760);

        Label title = new Label(messages.get("start.title"));
        title.getStyleClass().add(Styles.TITLE_1);
        title.setWrapText(true);
        Label lead = new Label(messages.get("start.lead"));
        lead.setWrapText(true);
        lead.getStyleClass().add(Styles.TEXT_MUTED);

        Button newCase = new Button(messages.get("action.newCase"), new FontIcon(Feather.FOLDER_PLUS));
        newCase.setId("startNewCase");
        newCase.getStyleClass().add(Styles.ACCENT);
        newCase.setDefaultButton(true);
        newCase.setOnAction(e -> onNew.run());
        Button openCase = new Button(messages.get("action.openCase"), new FontIcon(Feather.FOLDER));
        openCase.setId("startOpenCase");
        openCase.setOnAction(e -> onOpen.run());
        javafx.scene.control.MenuButton sample = new javafx.scene.control.MenuButton(messages.get("start.sample"),
                new FontIcon(Feather.BOOK_OPEN));
        sample.setId("startSample");
        javafx.scene.control.MenuItem sampleEn = new javafx.scene.control.MenuItem(messages.get("start.sample.en"));
        sampleEn.setId("startSampleEn");
        sampleEn.setOnAction(e -> onSample.accept("en"));
        javafx.scene.control.MenuItem sampleDe = new javafx.scene.control.MenuItem(messages.get("start.sample.de"));
        sampleDe.setId("startSampleDe");
        sampleDe.setOnAction(e -> onSample.accept("de"));
        sample.getItems().addAll(sampleEn, sampleDe);
        HBox actions = new HBox(10, newCase, openCase, sample);

        getChildren().addAll(title, lead, actions);

        if (!recent.isEmpty()) {
            Label recentTitle = new Label(messages.get("start.recent"));
            recentTitle.getStyleClass().add(Styles.TITLE_4);
            VBox list = new VBox(2);
            list.setId("startRecent");
            for (Path path : recent) {
                Hyperlink link = new Hyperlink(path.getFileName() + "  —  " + path.getParent());
                link.setGraphic(new FontIcon(Feather.BRIEFCASE));
                link.setOnAction(e -> onOpenRecent.accept(path));
                list.getChildren().add(link);
            }
            getChildren().addAll(recentTitle, list);
        }
        Label privacy = new Label(messages.get("start.privacy"));
        privacy.setWrapText(true);
        privacy.setGraphic(new FontIcon(Feather.SHIELD));
        privacy.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        getChildren().add(privacy);
    }
}
