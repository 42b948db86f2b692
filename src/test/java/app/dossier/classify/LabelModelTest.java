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
}
