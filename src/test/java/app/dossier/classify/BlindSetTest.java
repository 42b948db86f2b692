package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The blind set ({@code training/blind}): sentences written by a writer who did not write the
 * training corpus, scored once with the final model and never tuned on. Its figure is the honest
 * estimate for sentences of others; the guard only catches a regression.
 */
class BlindSetTest {
    private static final Path BLIND = Path.of("training/blind");

    @Test
    void scoresOnTheBlindSet() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(BLIND), "no blind set at " + BLIND.toAbsolutePath());
        List<TrainingSentence> blind = TrainingCorpus.read(BLIND);
        Scores scores = Training.score(new Classifier(), blind);
        System.out.println("blind set, " + blind.size() + " sentences:\n" + scores.table());
        assertThat(scores.macroF1()).isGreaterThanOrEqualTo(GUARD);
    }

    /**
     * Scored on 2026-12-01: macro-F1 0.665 on 500 sentences of 10 trades; after the model's outputs
     * were made calibrated probabilities (a change for the confidence shown, not made because of
     * this figure) 0.660. The integration then chose, on the stories and the scenario (StoryTest,
     * ScenarioTimelineTest), not on this set, to let the cues decide beside the model and to trust
     * the model alone only from p >= 0.5: scored once more as shipped, 0.581. The guard is a little below.
     */
    private static final double GUARD = 0.55;
}
