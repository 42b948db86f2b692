package app.dossier.classify;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Training and honest evaluation of the classifier's model, for {@code dossier train} and the tests:
 * a model from a corpus, written where the build picks it up, and leave-one-trade-out
 * cross-validation (each trade is labeled by a model that never saw a sentence of it).
 */
public final class Training {
    private Training() {
    }

    /** What a training wrote: the model's file, its number of features and its checksum. */
    public record Result(Path model, int sentences, int features, String checksum, long bytes) {
    }

    /** Trains on every {@code *.jsonl} of {@code corpus} and writes the model to {@code modelFile}. */
    public static Result train(Path corpus, Path modelFile) throws TrainingCorpus.BadCorpusException, IOException {
        List<TrainingSentence> sentences = TrainingCorpus.read(corpus);
        if (sentences.isEmpty()) {
            throw new TrainingCorpus.BadCorpusException(corpus + ": no labeled sentences");
        }
        LabelModel model = new ModelTrainer(ModelTrainer.Settings.DEFAULT).train(sentences);
        Path parent = modelFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temp = modelFile.resolveSibling(modelFile.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            model.write(out);
        }
        Files.move(temp, modelFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new Result(modelFile, sentences.size(), model.size(), model.checksum(), Files.size(modelFile));
    }

    /**
     * Leave-one-trade-out cross-validation: for each trade a model is trained on all other trades
     * (thresholds chosen inside that training) and the trade's texts are classified as mail text.
     * {@code progress} hears each trade as it is done.
     */
    public static Scores leaveOneTradeOut(List<TrainingSentence> corpus, Consumer<String> progress) {
        Map<String, List<TrainingSentence>> byTrade = new TreeMap<>();
        corpus.forEach(s -> byTrade.computeIfAbsent(s.trade(), t -> new ArrayList<>()).add(s));
        Scores scores = new Scores();
        ModelTrainer trainer = new ModelTrainer(ModelTrainer.Settings.DEFAULT);
        for (var trade : byTrade.entrySet()) {
            List<TrainingSentence> rest = corpus.stream().filter(s -> !s.trade().equals(trade.getKey())).toList();
            Classifier classifier = new Classifier(trainer.train(rest));
            Scores own = new Scores();
            for (TrainingSentence s : trade.getValue()) {
                var labels = classifier.classifyOwnText(s.lang(), "", s.text()).labels();
                scores.add(s.labels(), labels);
                own.add(s.labels(), labels);
            }
            progress.accept(String.format(java.util.Locale.ROOT, "%-24s %4d texts, macro-F1 %.3f", trade.getKey(),
                    own.texts(), own.macroF1()));
        }
        return scores;
    }

    /** Scores the given classifier on texts with known labels. */
    public static Scores score(Classifier classifier, List<TrainingSentence> texts) {
        Scores scores = new Scores();
        for (TrainingSentence s : texts) {
            scores.add(s.labels(), classifier.classifyOwnText(s.lang(), "", s.text()).labels());
        }
        return scores;
    }
}
