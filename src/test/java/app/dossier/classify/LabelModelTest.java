package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.EventKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelModelTest {
    private static List<TrainingSentence> tiny() {
        return List.of(
                new TrainingSentence("a-en-1", "en", "a", "curt", "Approved, go ahead.", Set.of(EventKind.APPROVAL)),
                new TrainingSentence("a-en-2", "en", "a", "curt", "You have my go-ahead.", Set.of(EventKind.APPROVAL)),
                new TrainingSentence("a-en-3", "en", "a", "routine", "The invoice is attached.", Set.of()),
                new TrainingSentence("b-en-1", "en", "b", "curt", "Approved, please go ahead.", Set.of(EventKind.APPROVAL)),
                new TrainingSentence("b-en-2", "en", "b", "routine", "Lunch is at noon.", Set.of()),
                new TrainingSentence("b-en-3", "en", "b", "routine", "The invoice for March is attached.", Set.of()),
                new TrainingSentence("c-de-1", "de", "c", "curt", "Freigegeben, bitte umsetzen.", Set.of(EventKind.APPROVAL)),
                new TrainingSentence("c-de-2", "de", "c", "routine", "Die Rechnung liegt bei.", Set.of()),
                new TrainingSentence("d-de-1", "de", "d", "curt", "Ist freigegeben.", Set.of(EventKind.APPROVAL)),
                new TrainingSentence("d-de-2", "de", "d", "routine", "Die Rechnung für März liegt bei.", Set.of()));
    }

    @Test
    void aWrittenModelReadsBackTheSame() throws Exception {
        LabelModel model = new ModelTrainer(ModelTrainer.Settings.DEFAULT).train(tiny());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        LabelModel read = LabelModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.checksum()).isEqualTo(model.checksum());
        assertThat(read.size()).isEqualTo(model.size()).isPositive();
        assertThat(read.compoundParts()).isEqualTo(model.compoundParts());
        Classifier a = new Classifier(model);
        Classifier b = new Classifier(read);
        assertThat(b.version()).isEqualTo(a.version());
        var text = "Approved, go ahead with it.";
        assertThat(b.classify("en", "", text).evidence()).isEqualTo(a.classify("en", "", text).evidence());
    }

    @Test
    void trainingIsDeterministicAndTheVersionFollowsTheModel() {
        LabelModel one = new ModelTrainer(ModelTrainer.Settings.DEFAULT).train(tiny());
        LabelModel two = new ModelTrainer(ModelTrainer.Settings.DEFAULT).train(tiny());
        assertThat(two.checksum()).isEqualTo(one.checksum());
        LabelModel other = new ModelTrainer(ModelTrainer.Settings.DEFAULT).train(tiny().subList(0, 8));
        assertThat(other.checksum()).isNotEqualTo(one.checksum());
        assertThat(new Classifier(other).version()).isNotEqualTo(new Classifier(one).version());
    }

    @Test
    void theBuiltInModelsChecksumIsKnownWithoutLoadingItAndNamesTheClassifier() {
        // The classifier's version is read from the file alone (a case whose analyses are current does
        // not load the model); it must be the checksum the loaded model has, or every case would be read again.
        LabelModel loaded = LabelModel.builtIn();
        assertThat(LabelModel.builtInChecksum()).isEqualTo(loaded.checksum()).hasSize(12);
        assertThat(new Classifier().version()).endsWith("-" + loaded.checksum())
                .isEqualTo(new Classifier(loaded).version());
    }

    @Test
    void aModelFileOfAnotherKindIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LabelModel.read(
                new ByteArrayInputStream(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0,
                        0, 0}))).isInstanceOf(java.io.IOException.class);
    }

    @Test
    void scoresAreProbabilitiesAndReasonsAreWords() {
        Classifier classifier = new Classifier();
        for (String text : List.of("Could you switch off the 2FA for the pilot group by Friday?",
                "Hiermit gebe ich die Änderung frei.", "We will hold you liable for all damages.",
                "The firewall rule was removed at 19:42.")) {
            Classification c = classifier.classify("auto", "", text);
            assertThat(c.evidence()).as(text).isNotEmpty();
            for (Classification.Evidence e : c.evidence()) {
                assertThat(e.score()).isBetween(classifier.threshold(e.label()), 1.0);
                assertThat(e.reasons()).isNotEmpty();
                assertThat(String.join(" ", e.reasons())).doesNotContain("w:", "b:", "s:", "g:", "r:");
            }
        }
    }
    /** The strongest features as sorting all positive pushes (a stable sort: equals in feature order) gives them. */
    @Test
    void theStrongestFeaturesAreTheFirstOfAllSorted() {
        java.util.Random random = new java.util.Random(7);
        int n = 400;
        int[] hashes = random.ints(n * 2L).distinct().limit(n).sorted().toArray();
        float[] weights = new float[n * LabelModel.LABELS.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (random.nextInt(9) - 3) / 4f; // few distinct values: many equals
        }
        LabelModel model = new LabelModel(hashes, weights, new double[7], new double[7], Set.of());
        int compared = 0;
        for (int round = 0; round < 2_000; round++) {
            int size = random.nextInt(60);
            List<String> names = new java.util.ArrayList<>();
            int[] x = new int[size];
            double[] values = new double[size];
            for (int i = 0; i < size; i++) {
                x[i] = random.nextInt(4) == 0 ? random.nextInt() : hashes[random.nextInt(n)];
                values[i] = random.nextBoolean() ? 0.3 : 0.25;
                names.add("f" + i);
            }
            var vector = new SentenceFeatures.FeatureVector(names, x, values);
            int label = random.nextInt(LabelModel.LABELS.size());
            int count = 1 + random.nextInt(4);
            List<LabelModel.Contribution> all = new java.util.ArrayList<>();
            for (int i = 0; i < size; i++) {
                int row = java.util.Arrays.binarySearch(hashes, x[i]);
                double w = row < 0 ? 0 : model.weight(row, label) * values[i];
                if (w > 0) {
                    all.add(new LabelModel.Contribution(names.get(i), w));
                }
            }
            all.sort(java.util.Comparator.comparingDouble(LabelModel.Contribution::weight).reversed());
            assertThat(model.strongest(label, vector, count)).isEqualTo(all.subList(0, Math.min(count, all.size())));
            compared += all.size() > count ? 1 : 0;
        }
        assertThat(compared).as("rounds with more pushes than asked for").isGreaterThan(500);
    }
}
