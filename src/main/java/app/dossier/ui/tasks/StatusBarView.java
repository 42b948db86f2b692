package app.dossier.ui.tasks;

import app.dossier.i18n.Messages;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The footer: what case is open, and the running task as a bar, a label and Cancel. */
public final class StatusBarView extends HBox {
    public StatusBarView(TaskRunner tasks, ObservableStringValue caseText, Messages messages) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(4, 10, 4, 10));

        Label caseLabel = new Label();
        caseLabel.setId("statusCase");
        caseLabel.textProperty().bind(caseText);
        caseLabel.setGraphic(new FontIcon(Feather.BRIEFCASE));
        caseLabel.getStyleClass().add(Styles.TEXT_MUTED);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label taskLabel = new Label();
        taskLabel.setId("statusTask");
        taskLabel.textProperty().bind(tasks.messageProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("statusProgress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(tasks.progressProperty());
        bar.visibleProperty().bind(tasks.runningProperty());
        bar.setAccessibleText(messages.get("status.progress"));

        Button cancel = new Button(messages.get("status.cancel"));
        cancel.setId("statusCancel");
        cancel.getStyleClass().add(Styles.SMALL);
        cancel.visibleProperty().bind(tasks.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> tasks.cancel());

        taskLabel.visibleProperty().bind(Bindings.isNotEmpty(tasks.messageProperty()));

        // The one place every failure of background work shows up: the newest in words, all in the list.
        ProblemTextsView texts = new ProblemTextsView(messages);
        Label problem = new Label();
        problem.setId("statusProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        problem.textProperty().bind(Bindings.createStringBinding(() -> tasks.lastProblemProperty().get() == null
                ? "" : texts.describe(tasks.lastProblemProperty().get()), tasks.lastProblemProperty()));
        problem.visibleProperty().bind(tasks.lastProblemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setMaxWidth(520);
        Button problems = new Button();
        problems.setId("statusProblems");
        problems.getStyleClass().add(Styles.SMALL);
        problems.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("problems.button", tasks.problems().size()), tasks.problems()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(tasks.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        problems.setOnAction(e -> new ProblemsDialog(getScene().getWindow(), messages, tasks).show());
        getChildren().addAll(caseLabel, spacer, problem, problems, taskLabel, bar, cancel);
    }
}
