package app.dossier.ui.tasks;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The one place every failure of background work goes: kept newest first, the newest also shown on its own. */
final class ProblemsList {
    private static final Logger LOG = Logger.getLogger(ProblemsList.class.getName());
    /** Enough to see what went wrong in a session; the log keeps them all. */
    private static final int KEPT = 200;

    private final Clock clock;
    private final ReadOnlyObjectWrapper<Problem> last = new ReadOnlyObjectWrapper<>(this, "lastProblem");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();

    ProblemsList(Clock clock) {
        this.clock = clock;
    }

    void report(String activityKey, Throwable failure) {
        LOG.log(Level.WARNING, activityKey + " failed", failure);
        Problem problem = new Problem(clock.instant(), activityKey, failure);
        problems.add(0, problem);
        if (problems.size() > KEPT) {
            problems.remove(KEPT, problems.size());
        }
        last.set(problem);
    }

    void clearLast() {
        last.set(null);
    }

    ObservableList<Problem> all() {
        return problems;
    }

    ReadOnlyObjectProperty<Problem> lastProperty() {
        return last.getReadOnlyProperty();
    }
}
