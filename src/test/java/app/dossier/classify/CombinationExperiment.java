package app.dossier.classify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A tool, not a test: compares ways of combining model and cues on held-out groups of the corpus
 * (whole writers, or groups of whole trades), training each fold's model once. Run from the
 * repository with the test class path: {@code java app.dossier.classify.CombinationExperiment}.
 */
final class CombinationExperiment {
    public static void main(String[] args) throws Exception {
        List<TrainingSentence> corpus = TrainingCorpus.read(Path.of("training/corpus"));
        Map<String, String> writers = Writers.read(Path.of("training/writers.tsv"));
        Map<String, Combination> variants = variants();
        String scheme = args.length > 0 ? args[0] : "writer";
        Function<TrainingSentence, String> group = scheme.equals("writer")
                ? s -> writers.getOrDefault(s.trade(), s.trade())
                : s -> "g" + Math.floorMod(s.trade().hashCode(), Integer.parseInt(scheme));
        Map<String, List<TrainingSentence>> folds = new TreeMap<>();
        corpus.forEach(s -> folds.computeIfAbsent(group.apply(s), g -> new ArrayList<>()).add(s));
        Map<String, Scores> total = new LinkedHashMap<>();
        variants.keySet().forEach(v -> total.put(v, new Scores()));
        ModelTrainer.Settings d = ModelTrainer.Settings.DEFAULT;
        ModelTrainer.Settings settings = new ModelTrainer.Settings(
                args.length > 1 ? Double.parseDouble(args[1]) : d.c(), args.length > 2 ? Double.parseDouble(args[2]) : d.positiveWeight(),
                d.folds(), args.length > 3 ? Integer.parseInt(args[3]) : d.minCount(), args.length > 4 ? Double.parseDouble(args[4]) : d.beta());
        boolean byWriter = args.length > 5 && args[5].equals("writers");
        ModelTrainer trainer = byWriter ? new ModelTrainer(settings, t -> writers.getOrDefault(t, t)) : new ModelTrainer(settings);
        System.out.println(settings + " threshold folds by writer: " + byWriter);
        for (var fold : folds.entrySet()) {
            List<TrainingSentence> rest = corpus.stream().filter(s -> !group.apply(s).equals(fold.getKey())).toList();
            LabelModel model = trainer.train(rest);
            StringBuilder thr = new StringBuilder("  thresholds");
            for (int l = 0; l < LabelModel.LABELS.size(); l++) {
                thr.append(String.format(" %.3f", model.threshold(l)));
            }
            System.out.println(thr);
            StringBuilder line = new StringBuilder(String.format("%-14s %4d:", fold.getKey(), fold.getValue().size()));
            for (var v : variants.entrySet()) {
                Scores own = Training.score(new Classifier(model, v.getValue()), fold.getValue());
                Training.score(new Classifier(model, v.getValue()), fold.getValue(), total.get(v.getKey()));
                line.append(String.format(" %s %.3f", v.getKey(), own.macroF1()));
            }
            System.out.println(line);
            if (System.getProperty("misses") != null) {
                Classifier c = new Classifier(model, variants.get(System.getProperty("misses")));
                for (TrainingSentence s : fold.getValue()) {
                    var got = c.classifyOwnText(s.lang(), "", s.text()).labels();
                    var want = s.labels().isEmpty() ? java.util.Set.of(app.dossier.model.EventKind.OTHER) : s.labels();
                    if (!got.equals(want)) {
                        System.out.println("MISS want " + want + " got " + got + " | " + s.id() + " " + s.register() + " | " + s.text());
                    }
                }
            }
        }
        for (var v : total.entrySet()) {
            System.out.println("== " + v.getKey() + " " + variants.get(v.getKey()));
            System.out.print(v.getValue().table());
        }
        System.out.println("summary (macro-F1, recall REQUEST WARNING APPROVAL THREAT):");
        for (var v : total.entrySet()) {
            Scores sc = v.getValue();
            System.out.println(String.format("  %-16s %.3f  %.2f %.2f %.2f %.2f", v.getKey(), sc.macroF1(),
                    sc.recall(app.dossier.model.EventKind.REQUEST), sc.recall(app.dossier.model.EventKind.WARNING),
                    sc.recall(app.dossier.model.EventKind.APPROVAL), sc.recall(app.dossier.model.EventKind.THREAT)));
        }
    }

    private static Map<String, Combination> variants() {
        Map<String, Combination> v = new LinkedHashMap<>();
        double inf = Double.POSITIVE_INFINITY;
        v.put("shipped", Combination.CUES_DECIDE);
        v.put("model", Combination.MODEL_ALONE);
        v.put("model-dropinc", new Combination(inf, 0, Combination.uniform(0), 1, false, 0));
        v.put("cue3need.05", new Combination(3.0, 0.05, Combination.uniform(0), 1, true, 0));
        v.put("cue3need.05x0.8", new Combination(3.0, 0.05, Combination.uniform(0), 0.8, true, 0));
        v.put("cue3need.05x0.8done.5", new Combination(3.0, 0.05, Combination.uniform(0), 0.8, true, 0.5));
        v.put("cue3need.05x0.7", new Combination(3.0, 0.05, Combination.uniform(0), 0.7, true, 0));
        v.put("cue3need.05x0.7done.5", new Combination(3.0, 0.05, Combination.uniform(0), 0.7, true, 0.5));
        return v;
    }
}
