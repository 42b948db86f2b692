package app.dossier.ui.keyphrases;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * What can be undone and redone of the key phrase changes made since the case was opened: a new
 * change forgets what was undone before it, as in every editor. Holds no nodes; used on the FX thread.
 */
final class PhraseHistory {
    private final Deque<PhraseChange> undo = new ArrayDeque<>();
    private final Deque<PhraseChange> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    /** A new change was saved: it can be undone, and what was undone before can no longer be redone. */
    void done(PhraseChange change) {
        undo.push(change);
        redo.clear();
        update();
    }

    /** The change that Undo would take back. */
    Optional<PhraseChange> toUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** The change that Redo would make again. */
    Optional<PhraseChange> toRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** {@code change} was taken back: Redo can make it again. */
    void undone(PhraseChange change) {
        undo.remove(change);
        redo.push(change);
        update();
    }

    /** {@code change} was made again: Undo can take it back. */
    void redone(PhraseChange change) {
        redo.remove(change);
        undo.push(change);
        update();
    }

    /** Another case: nothing of the last one can be undone here. */
    void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
