package app.dossier.ui.tasks;

import app.dossier.i18n.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Every failure of background work since the window opened, newest first; details are in the log file. */
public final class ProblemsDialog extends Dialog<Void> {
    public ProblemsDialog(Window owner, Messages messages, TaskRunner tasks) {
        initOwner(owner);
        setTitle(messages.get("problems.title"));
        setHeaderText(messages.get("problems.header"));
        ProblemTextsView texts = new ProblemTextsView(messages);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        ListView<Problem> list = new ListView<>(tasks.problems());
        list.setId("problemsList");
        list.setPlaceholder(new Label(messages.get("problems.none")));
        list.setPrefSize(720, 320);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Problem item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || item == null ? null : time.format(item.at()) + " — " + texts.describe(item));
            }
        });
        getDialogPane().setId("problemsDialog");
        getDialogPane().setContent(new VBox(8, list, new Label(messages.get("problems.log"))));
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setOnHidden(e -> tasks.clearLastProblem());
    }
}
