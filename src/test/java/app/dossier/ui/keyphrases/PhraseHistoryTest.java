package app.dossier.ui.keyphrases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Undo and redo of key phrase changes, as every editor does them. No FX toolkit. */
class PhraseHistoryTest {
    private final PhraseHistory history = new PhraseHistory();
    private final PhraseChange first = PhraseChange.of(List.of(), List.of());
    private final PhraseChange second = PhraseChange.of(List.of(), List.of());

    @Test
    void undoTakesBackTheNewestChangeAndRedoMakesItAgain() {
        assertThat(history.canUndoProperty().get()).isFalse();
        history.done(first);
        history.done(second);
        assertThat(history.toUndo()).containsSame(second);
        assertThat(history.canUndoProperty().get()).isTrue();
        assertThat(history.canRedoProperty().get()).isFalse();

        history.undone(second);
        assertThat(history.toUndo()).containsSame(first);
        assertThat(history.toRedo()).containsSame(second);
        assertThat(history.canRedoProperty().get()).isTrue();

        history.redone(second);
        assertThat(history.toUndo()).containsSame(second);
        assertThat(history.toRedo()).isEmpty();
        assertThat(history.canRedoProperty().get()).isFalse();
    }

    @Test
    void aNewChangeForgetsWhatWasUndoneAndAnotherCaseForgetsEverything() {
        history.done(first);
        history.undone(first);
        assertThat(history.canRedoProperty().get()).isTrue();
        history.done(second);
        assertThat(history.toRedo()).as("what was undone before a new change cannot be redone").isEmpty();
        assertThat(history.toUndo()).containsSame(second);

        history.clear();
        assertThat(history.toUndo()).isEmpty();
        assertThat(history.toRedo()).isEmpty();
        assertThat(history.canUndoProperty().get()).isFalse();
        assertThat(history.canRedoProperty().get()).isFalse();
    }
}
