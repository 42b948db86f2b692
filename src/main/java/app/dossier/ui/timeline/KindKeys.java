package app.dossier.ui.timeline;

import app.dossier.model.EventKind;
import java.util.Optional;
import javafx.scene.input.KeyCode;

/** The one-key choice of an event's kind (R, W, A, T, I, C, B, M), the same in the list and the review queue. */
final class KindKeys {
    private KindKeys() {
    }

    static Optional<EventKind> of(KeyCode key) {
        return Optional.ofNullable(switch (key) {
            case R -> EventKind.REQUEST;
            case W -> EventKind.WARNING;
            case A -> EventKind.APPROVAL;
            case T -> EventKind.THREAT;
            case I -> EventKind.INCIDENT;
            case C -> EventKind.CHANGE;
            case B -> EventKind.BLAME;
            case M -> EventKind.MEETING;
            default -> null;
        });
    }
}
