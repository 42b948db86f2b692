package app.dossier.ui.shell;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** The window's answer to {@link StopWorkQuestion}: a modal dialog whose default is to keep working. */
public final class StopWorkDialog implements StopWorkQuestion {
    private final Supplier<Window> owner;

    public StopWorkDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean stopAndClose(StopWorkRequest request) {
        ButtonType stop = new ButtonType(request.stop(), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(request.keep(), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, request.question(), stop, keep);
        alert.initOwner(owner.get());
        alert.setTitle(request.title());
        alert.setHeaderText(null);
        alert.getDialogPane().setId("stopWorkDialog");
        alert.getDialogPane().lookupButton(stop).setId("stopWorkStop");
        alert.getDialogPane().lookupButton(keep).setId("stopWorkKeep");
        // Stopping loses the job's progress: Enter must not do it by accident.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(stop)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(stop::equals).isPresent();
    }
}
