package app.dossier.classify;

import java.nio.file.Path;
import java.util.List;

/** Prints leave-one-trade-out figures for the corpus: java -cp … app.dossier.classify.TrainingExperiment [corpus] */
public final class TrainingExperiment {
    private TrainingExperiment() {
    }

    public static void main(String[] args) throws Exception {
        List<TrainingSentence> corpus = TrainingCorpus.read(Path.of(args.length > 0 ? args[0] : "training/corpus"));
        long t0 = System.nanoTime();
        Scores s = Training.leaveOneTradeOut(corpus, System.out::println);
        System.out.println(s.table());
        System.out.printf("%.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
