package app.dossier.ui.keyphrases;

import app.dossier.i18n.Messages;
import app.dossier.keyphrases.Citations;
import app.dossier.model.PersonSide;
import app.dossier.model.Side;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Who the user is and which side each person is on: the most active people of the mail, each with
 * "me" and a side (the suggestion from the domains until the user picks one).
 */
final class PeopleDialog {
    /** At most this many people are listed: the rest are rarely in a dispute's mail. */
    private static final int SHOWN = 60;

    /** What the user set: their addresses, and every listed person with the side chosen ({@code chosen} false: the suggestion). */
    record Result(List<String> me, List<PersonSide> sides) {
    }

    private PeopleDialog() {
    }

    static Optional<Result> show(Window owner, Messages messages, Citations citations, List<PersonSide> people) {
        Dialog<Result> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("phrases.people.title"));
        dialog.setHeaderText(messages.get("phrases.people.header"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.addRow(0, bold(messages.get("phrases.people.person")), bold(messages.get("phrases.people.me")),
                bold(messages.get("phrases.people.side")));
        List<CheckBox> meBoxes = new ArrayList<>();
        List<ComboBox<Side>> sideBoxes = new ArrayList<>();
        List<PersonSide> listed = people.subList(0, Math.min(SHOWN, people.size()));
        for (int i = 0; i < listed.size(); i++) {
            PersonSide p = listed.get(i);
            CheckBox me = new CheckBox();
            me.setSelected(p.me());
            me.setAccessibleText(messages.get("phrases.people.me") + " " + p.display());
            ComboBox<Side> side = new ComboBox<>();
            side.getItems().add(null);
            side.getItems().addAll(Side.values());
            side.setConverter(new StringConverter<>() {
                @Override
                public String toString(Side s) {
                    return s == null ? messages.format("phrases.people.suggested", citations.side(p.suggested()))
                            : citations.side(s);
                }

                @Override
                public Side fromString(String s) {
                    return null;
                }
            });
            side.setValue(p.chosen() ? p.side() : null);
            meBoxes.add(me);
            sideBoxes.add(side);
            grid.addRow(i + 1, new Label(p.display()), me, side);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(640, 460);
        dialog.getDialogPane().setContent(scroll);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            List<String> me = new ArrayList<>();
            List<PersonSide> sides = new ArrayList<>();
            for (int i = 0; i < listed.size(); i++) {
                PersonSide p = listed.get(i);
                if (meBoxes.get(i).isSelected()) {
                    me.add(p.address());
                }
                Side chosen = sideBoxes.get(i).getValue();
                sides.add(new PersonSide(p.address(), p.name(), chosen == null ? p.suggested() : chosen, p.suggested(),
                        chosen != null, meBoxes.get(i).isSelected(), p.messages()));
            }
            return new Result(me, sides);
        });
        return dialog.showAndWait();
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }
}
