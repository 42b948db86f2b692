package app.dossier.testing;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closes the app's window at the end of a UI test, as the user would, and waits: the window's
 * shutdown stops the case's jobs and closes its store and search index. Without it the case would
 * still be open (and could still write) while JUnit deletes its temporary folder.
 */
public final class WindowClosing {
    private WindowClosing() {
    }

    public static void closeAndWait(Stage stage) throws Exception {
        if (stage == null) {
            return;
        }
        WaitForAsyncUtils.asyncFx(() -> {
            if (stage.isShowing()) {
                stage.hide();
            }
        }).get(90, TimeUnit.SECONDS);
    }
}
