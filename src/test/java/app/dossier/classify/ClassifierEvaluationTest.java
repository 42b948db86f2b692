package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.EventKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The honest figure for sentences of trades the model has not seen: leave-one-trade-out
 * cross-validation over the training corpus ({@code training/corpus}). Each trade is labeled by a
 * model trained, thresholds included, on the other trades only. Prints per-label precision,
 * recall and F1 and the macro-F1; the guards sit a little below what was reached, so that a
 * regression fails.
 */
class ClassifierEvaluationTest {
    private static final Path CORPUS = Path.of("training/corpus");

    @Test
    void leaveOneTradeOutCrossValidation() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no training corpus at " + CORPUS.toAbsolutePath());
        List<TrainingSentence> corpus = TrainingCorpus.read(CORPUS);
        long trades = corpus.stream().map(TrainingSentence::trade).distinct().count();
        Scores scores = Training.leaveOneTradeOut(corpus, System.out::println);
        System.out.println("leave-one-trade-out over " + corpus.size() + " sentences of " + trades + " trades:\n"
                + scores.table());
        assertThat(scores.macroF1()).isGreaterThanOrEqualTo(0.79);
        // 2026-12-01: the model alone 0.899 (recall 0.87-0.94); as shipped, the model trusted alone
        // only from p >= 0.5 beside the cues, 0.814 (recall REQUEST 0.82, WARNING 0.74, APPROVAL 0.82,
        // THREAT 0.87): precision for the chain of proof was preferred over recall (StoryTest).
        for (EventKind label : List.of(EventKind.REQUEST, EventKind.WARNING, EventKind.APPROVAL, EventKind.THREAT)) {
            assertThat(scores.recall(label)).as("recall of " + label).isGreaterThanOrEqualTo(0.72);
        }
    }

    @Test
    void theBuiltInModelIsTrainedOnTheWholeCorpus() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no training corpus at " + CORPUS.toAbsolutePath());
        // A model trained now from the repository is the one built in: `dossier train` was run after
        // the corpus last changed, and training is deterministic.
        List<TrainingSentence> corpus = TrainingCorpus.read(CORPUS);
        LabelModel fresh = new ModelTrainer(ModelTrainer.Settings.DEFAULT).train(corpus);
        assertThat(fresh.checksum()).as("run `dossier train` after changing the corpus or the features")
                .isEqualTo(LabelModel.builtIn().checksum());
    }
}
