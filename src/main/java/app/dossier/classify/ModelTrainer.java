package app.dossier.classify;

import app.dossier.model.EventKind;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Trains the {@link LabelModel}: one L2-regularised logistic regression per label (liblinear), over
 * the features of {@link SentenceFeatures}; features seen in fewer than {@code minCount} texts are
 * dropped. Each label's threshold is the one with the best F1 on out-of-fold probabilities, the
 * folds being groups of whole trades, so the threshold is chosen on trades the fold did not see.
 * Deterministic: the same corpus gives the same model file.
 */
final class ModelTrainer {
    /** C (inverse regularisation), weight of positive examples, threshold folds, minimum feature count. */
    record Settings(double c, double positiveWeight, int folds, int minCount, double beta) {
        /** Chosen by leave-one-trade-out on the corpus of 2026-12-01 (C 2-16, positive weight 1-3, count 1-2). */
        static final Settings DEFAULT = new Settings(8, 2, 4, 2, 1);
    }

    /**
     * The dual solver of L2-regularised logistic regression (coordinate descent), with liblinear's
     * default tolerance for it: the same problem as the primal Newton solver used before, trained in
     * under half the CPU time on this corpus (2026-12-02: one training 34.9 → 18.7 s user), at the
     * same held-out figures (leave-trades-out 0.877 → 0.876 model alone, 0.863 as shipped both;
     * leave-one-writer-out 0.775 → 0.776, 0.770 both). The build's evaluation trains 15 models.
     */
    private static final SolverType SOLVER = SolverType.L2R_LR_DUAL;
    private static final double SOLVER_TOLERANCE = 0.1;

    private final Settings settings;
    /** The group of a trade for the threshold folds: its writer, so thresholds are chosen on unseen writers. */
    private final java.util.function.Function<String, String> groupOfTrade;

    ModelTrainer(Settings settings) {
        this(settings, trade -> trade);
    }

    ModelTrainer(Settings settings, java.util.function.Function<String, String> groupOfTrade) {
        this.settings = settings;
        this.groupOfTrade = groupOfTrade;
        Linear.disableDebugOutput();
    }

    LabelModel train(List<TrainingSentence> corpus) {
        Set<String> parts = SentenceFeatures.compoundParts(corpus.stream().filter(s -> s.lang().equals("de"))
                .map(TrainingSentence::text).toList(), 2);
        List<SentenceFeatures.FeatureVector> xs = features(corpus, parts);
        double[] thresholds = thresholds(corpus, xs);
        return fit(corpus, xs, thresholds, parts);
    }

    /** The vectors of the corpus as the classifier will see them (with the rules of each language). */
    static List<SentenceFeatures.FeatureVector> features(List<TrainingSentence> corpus, Set<String> parts) {
        Map<String, Lexicon> lexicons = Map.of("en", Lexicon.load("en"), "de", Lexicon.load("de"));
        try (Stems stems = new Stems(parts)) {
            SentenceFeatures f = new SentenceFeatures(stems);
            List<SentenceFeatures.FeatureVector> xs = new ArrayList<>();
            for (TrainingSentence s : corpus) {
                xs.add(f.of(s.lang(), s.text(), RuleScores.of(lexicons.get(s.lang()), s.text()), false));
            }
            return xs;
        }
    }

    private double[] thresholds(List<TrainingSentence> corpus, List<SentenceFeatures.FeatureVector> xs) {
        List<String> trades = new ArrayList<>(new TreeSet<>(corpus.stream().map(s -> groupOfTrade.apply(s.trade()))
                .toList()));
        int k = LabelModel.LABELS.size();
        double[][] oof = new double[corpus.size()][];
        int folds = Math.min(settings.folds(), trades.size());
        for (int fold = 0; fold < folds; fold++) {
            List<TrainingSentence> train = new ArrayList<>();
            List<SentenceFeatures.FeatureVector> trainX = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                if (trades.indexOf(groupOfTrade.apply(corpus.get(i).trade())) % folds == fold) {
                    test.add(i);
                } else {
                    train.add(corpus.get(i));
                    trainX.add(xs.get(i));
                }
            }
            LabelModel model = fit(train, trainX, new double[k], Set.of());
            for (int i : test) {
                oof[i] = model.probabilities(xs.get(i));
            }
        }
        double[] thresholds = new double[k];
        for (int l = 0; l < k; l++) {
            thresholds[l] = bestThreshold(corpus, oof, l, settings.beta());
        }
        return thresholds;
    }

    private static double bestThreshold(List<TrainingSentence> corpus, double[][] oof, int label, double beta) {
        EventKind kind = LabelModel.LABELS.get(label);
        double best = 0.5;
        double bestF1 = -1;
        for (int step = 4; step <= 72; step++) {
            double t = step * 0.0125;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < corpus.size(); i++) {
                boolean truth = corpus.get(i).labels().contains(kind);
                boolean said = oof[i] != null && oof[i][label] >= t;
                tp += truth && said ? 1 : 0;
                fp += !truth && said ? 1 : 0;
                fn += truth && !said ? 1 : 0;
            }
            double b2 = beta * beta;
            double f1 = tp == 0 ? 0 : (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp);
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }

    private LabelModel fit(List<TrainingSentence> corpus, List<SentenceFeatures.FeatureVector> xs, double[] thresholds,
                           Set<String> parts) {
        Map<Integer, Integer> df = new HashMap<>();
        for (SentenceFeatures.FeatureVector x : xs) {
            for (int h : x.hashes()) {
                df.merge(h, 1, Integer::sum);
            }
        }
        int[] kept = df.entrySet().stream().filter(e -> e.getValue() >= settings.minCount())
                .mapToInt(Map.Entry::getKey).sorted().toArray();
        Feature[][] rows = new Feature[xs.size()][];
        for (int i = 0; i < xs.size(); i++) {
            SentenceFeatures.FeatureVector x = xs.get(i);
            List<FeatureNode> nodes = new ArrayList<>();
            for (int j = 0; j < x.hashes().length; j++) {
                int column = Arrays.binarySearch(kept, x.hashes()[j]);
                if (column >= 0) {
                    nodes.add(new FeatureNode(column + 1, x.values()[j]));
                }
            }
            nodes.sort((a, b) -> Integer.compare(a.getIndex(), b.getIndex()));
            nodes.add(new FeatureNode(kept.length + 1, 1.0)); // liblinear's bias term is a constant last feature
            rows[i] = nodes.toArray(new Feature[0]);
        }
        int k = LabelModel.LABELS.size();
        float[] weights = new float[kept.length * k];
        double[] bias = new double[k];
        for (int l = 0; l < k; l++) {
            EventKind kind = LabelModel.LABELS.get(l);
            double[] y = new double[xs.size()];
            int positives = 0;
            for (int i = 0; i < y.length; i++) {
                boolean has = corpus.get(i).labels().contains(kind);
                y[i] = has ? 1 : -1;
                positives += has ? 1 : 0;
            }
            if (positives == 0 || positives == y.length) {
                bias[l] = positives == 0 ? -10 : 10; // nothing to learn: the label is never (always) there
                continue;
            }
            Problem problem = new Problem();
            problem.l = y.length;
            problem.n = kept.length + 1;
            problem.x = rows;
            problem.y = y;
            problem.bias = 1;
            Parameter parameter = new Parameter(SOLVER, settings.c(), SOLVER_TOLERANCE);
            parameter.setWeights(new double[] {settings.positiveWeight(), 1}, new int[] {1, -1});
            Model model = Linear.train(problem, parameter);
            double[] w = model.getFeatureWeights();
            double sign = model.getLabels()[0] == 1 ? 1 : -1;
            for (int j = 0; j < kept.length; j++) {
                weights[j * k + l] = (float) (sign * w[j]);
            }
            // Positives were weighted, which multiplies the odds the model states by that weight;
            // dividing it out again makes the outputs probabilities for unweighted data.
            bias[l] = sign * w[kept.length] - Math.log(settings.positiveWeight());
        }
        return new LabelModel(kept, weights, bias, thresholds, parts);
    }
}
