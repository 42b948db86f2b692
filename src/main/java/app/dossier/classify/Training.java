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
        LabelModel model = trainer(writersOf(corpus)).train(sentences);
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

    /** Who wrote which trade of a corpus: {@code writers.tsv} beside the corpus folder (see {@link Writers}). */
    public static Map<String, String> writersOf(Path corpus) throws TrainingCorpus.BadCorpusException {
        Path parent = corpus.toAbsolutePath().getParent();
        return parent == null ? Map.of() : Writers.read(parent.resolve("writers.tsv"));
    }

    /** The trainer of the built-in model: thresholds are chosen on folds of whole writers. */
    static ModelTrainer trainer(Map<String, String> writers) {
        return new ModelTrainer(ModelTrainer.Settings.DEFAULT, trade -> writers.getOrDefault(trade, trade));
    }

    /** Held-out figures of the model alone (cues only as features) and of the classifier as shipped. */
    public record Evaluation(Scores modelAlone, Scores shipped) {
    }

    /**
     * Leave-one-trade-out cross-validation: for each trade a model is trained on all other trades
     * (thresholds chosen inside that training) and the trade's texts are classified as mail text.
     * {@code progress} hears each trade as it is done.
     */
    public static Evaluation leaveOneTradeOut(List<TrainingSentence> corpus, Map<String, String> writers,
                                              Consumer<String> progress) {
        return heldOut(corpus, TrainingSentence::trade, writers, progress);
    }

    /**
     * Leave-trades-out in {@code folds} folds: the trades, in name order, dealt round-robin into the
     * folds, each fold labeled by a model trained on the other folds' trades. Whole trades stay held
     * out as in {@link #leaveOneTradeOut}, at a fraction of its cost (the build's test runs this; the
     * full leave-one-trade-out is {@code dossier train --evaluate}).
     */
    public static Evaluation leaveTradesOut(List<TrainingSentence> corpus, Map<String, String> writers,
                                            Consumer<String> progress, int folds) {
        List<String> trades = corpus.stream().map(TrainingSentence::trade).distinct().sorted().toList();
        Map<String, String> foldOf = new java.util.HashMap<>();
        for (int i = 0; i < trades.size(); i++) {
            foldOf.put(trades.get(i), String.format(java.util.Locale.ROOT, "trades fold %02d", i % folds + 1));
        }
        return heldOut(corpus, s -> foldOf.get(s.trade()), writers, progress);
    }

    /** Leave-one-trade-out for one trade only (a model trained on all other trades labels it). */
    static Evaluation leaveOneTradeOut(List<TrainingSentence> corpus, Map<String, String> writers,
                                       Consumer<String> progress, String trade) {
        return heldOut(corpus.stream().toList(), s -> s.trade().equals(trade) ? trade : "", writers, progress, trade);
    }

    /**
     * Leave-one-writer-out: each writer group of {@code writers} (trade to writer) is labeled by a
     * model trained on the other writers only; the figure for wording the model has never seen.
     */
    public static Evaluation leaveOneWriterOut(List<TrainingSentence> corpus, Map<String, String> writers,
                                               Consumer<String> progress) {
        return heldOut(corpus, s -> writers.getOrDefault(s.trade(), s.trade()), writers, progress);
    }

    private static Evaluation heldOut(List<TrainingSentence> corpus, java.util.function.Function<TrainingSentence, String> group,
                                      Map<String, String> writers, Consumer<String> progress) {
        return heldOut(corpus, group, writers, progress, null);
    }

    /** Held-out figures over the groups of {@code group}, or over the one group {@code only} when it is not null. */
    private static Evaluation heldOut(List<TrainingSentence> corpus, java.util.function.Function<TrainingSentence, String> group,
                                      Map<String, String> writers, Consumer<String> progress, String only) {
        Map<String, List<TrainingSentence>> groups = new TreeMap<>();
        corpus.forEach(s -> groups.computeIfAbsent(group.apply(s), t -> new ArrayList<>()).add(s));
        if (only != null) {
            groups.keySet().retainAll(java.util.Set.of(only));
        }
        ModelTrainer trainer = trainer(writers);
        // Folds are independent and training is deterministic: two at a time, summed in fold order.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(FOLD_THREADS);
        try {
            List<java.util.concurrent.Future<Evaluation>> folds = new ArrayList<>();
            for (var held : groups.entrySet()) {
                folds.add(pool.submit(() -> {
                    List<TrainingSentence> rest = corpus.stream().filter(s -> !group.apply(s).equals(held.getKey())).toList();
                    LabelModel model = trainer.train(rest);
                    Evaluation own = new Evaluation(score(new Classifier(model, Combination.MODEL_ALONE), held.getValue(),
                            new Scores()), score(new Classifier(model, Combination.SHIPPED), held.getValue(), new Scores()));
                    progress.accept(String.format(java.util.Locale.ROOT,
                            "%-24s %4d texts, macro-F1 model alone %.3f, as shipped %.3f", held.getKey(),
                            held.getValue().size(), own.modelAlone().macroF1(), own.shipped().macroF1()));
                    return own;
                }));
            }
            Evaluation all = new Evaluation(new Scores(), new Scores());
            for (var fold : folds) {
                Evaluation own = fold.get();
                all.modelAlone().addAll(own.modelAlone());
                all.shipped().addAll(own.shipped());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a fold failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Folds trained at the same time (the machine this was written on has two cores). */
    private static final int FOLD_THREADS = 2;

    /** Scores the given classifier on texts with known labels. */
    public static Scores score(Classifier classifier, List<TrainingSentence> texts) {
        return score(classifier, texts, new Scores());
    }

    /** Adds the given classifier's results on texts with known labels to {@code scores}. */
    static Scores score(Classifier classifier, List<TrainingSentence> texts, Scores scores) {
        for (TrainingSentence s : texts) {
            scores.add(s.labels(), classifier.classifyOwnText(s.lang(), "", s.text()).labels());
        }
        return scores;
    }
}
