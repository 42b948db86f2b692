package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The blind set ({@code training/blind2}): sentences by writers who wrote nothing of the training
 * corpus, added by the lead when the branch is merged and never seen, let alone tuned on, while the
 * classifier was built. Prints per-label precision, recall and F1 and the macro-F1, for the model
 * alone (at its cross-validated thresholds, cues only as features) and as shipped. The first blind
 * set ({@code training/blind}) was scored three times and then moved into the corpus (see
 * docs/decisions/0022).
 */
class BlindSetTest {
    private static final Path BLIND = Path.of("training/blind2");
    /**
     * A floor for a clearly broken classifier, not a target: leave-one-writer-out (the nearest
     * estimate made without the blind set) gives 0.77 as shipped; a model that learned nothing gives
     * under 0.3 (OTHER for everything), a scrambled one about that.
     */
    private static final double BROKEN = 0.45;

    @Test
    void scoresOnTheBlindSet() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(BLIND), "no blind set at " + BLIND.toAbsolutePath()
                + " (the lead adds it when merging)");
        List<TrainingSentence> blind = TrainingCorpus.read(BLIND);
        Assumptions.assumeFalse(blind.isEmpty(), "the blind set at " + BLIND.toAbsolutePath() + " is empty");
        Scores alone = Training.score(new Classifier(LabelModel.builtIn(), Combination.MODEL_ALONE), blind);
        Scores shipped = Training.score(new Classifier(), blind);
        System.out.println("blind set, " + blind.size() + " sentences, model alone:\n" + alone.table());
        System.out.println("blind set, " + blind.size() + " sentences, as shipped:\n" + shipped.table());
        assertThat(alone.macroF1()).as("macro-F1 of the model alone").isGreaterThanOrEqualTo(BROKEN);
        assertThat(shipped.macroF1()).as("macro-F1 as shipped").isGreaterThanOrEqualTo(BROKEN);
    }
}
