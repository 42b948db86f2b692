package app.dossier.classify;

import app.dossier.store.CaseStore;
import app.dossier.store.TimelineSource;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/** Where classification time goes on a case's mails (CPU time per phase). */
public final class PhaseExperiment {
    private PhaseExperiment() {
    }

    public static void main(String[] args) {
        try (CaseStore store = TestCases.open(Path.of(args[0]))) {
            var texts = new TimelineSource(store).texts(LongStream.rangeClosed(1, 2000).boxed().toList());
            List<String> own = new ArrayList<>();
            texts.values().forEach(t -> own.add(OwnText.of(t)));
            List<String> sentences = new ArrayList<>();
            own.forEach(o -> sentences.addAll(SentenceSplitter.split(o)));
            System.out.printf("%d mails, own text mean %.0f chars, %d sentences (%.1f per mail)%n", own.size(),
                    own.stream().mapToInt(String::length).average().orElse(0), sentences.size(),
                    sentences.size() / (double) own.size());
            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
            Lexicon en = Lexicon.load("en");
            Classifier c = new Classifier();
            LabelModel model = LabelModel.builtIn();
            SentenceFeatures f = new SentenceFeatures(new Stems(model.compoundParts()));
            for (int round = 0; round < 3; round++) {
                long t0 = mx.getCurrentThreadCpuTime();
                texts.values().forEach(t -> OwnText.of(t));
                long t1 = mx.getCurrentThreadCpuTime();
                List<RuleScores> rules = new ArrayList<>();
                sentences.forEach(s -> rules.add(RuleScores.of(en, s)));
                long t2 = mx.getCurrentThreadCpuTime();
                List<SentenceFeatures.FeatureVector> xs = new ArrayList<>();
                for (int i = 0; i < sentences.size(); i++) {
                    xs.add(f.of("en", sentences.get(i), rules.get(i), false));
                }
                long t3 = mx.getCurrentThreadCpuTime();
                xs.forEach(model::probabilities);
                long t4 = mx.getCurrentThreadCpuTime();
                own.forEach(o -> c.classifyOwnText("auto", "", o));
                long t5 = mx.getCurrentThreadCpuTime();
                own.forEach(o -> SentenceSplitter.split(o));
                long t6 = mx.getCurrentThreadCpuTime();
                own.forEach(o -> LanguageGuess.of(o));
                long t7 = mx.getCurrentThreadCpuTime();
                System.out.printf("split %.2f s, language %.2f s%n", (t6 - t5) / 1e9, (t7 - t6) / 1e9);
                System.out.printf("own text %.2f s, cues %.2f s, features %.2f s, model %.2f s, whole classify %.2f s%n",
                        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t5 - t4) / 1e9);
            }
        }
    }
}
