package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.classify.Classification;
import app.dossier.classify.Classifier;
import app.dossier.classify.OwnText;
import app.dossier.classify.SentenceSplitter;
import app.dossier.model.EventKind;
import app.dossier.model.MessageAnalysis;
import app.dossier.testing.VariedTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reading a message gives what the straightforward reading gives: blame of the reader looked for in
 * every sentence, the invitation pattern tried on every text, shouting counted on split words. The
 * quick checks that skip this work for most messages change nothing.
 */
class MessageReaderTest {
    private static final Pattern INVITATION = Pattern.compile("(?i)^(invitation|einladung)\\b|\\b(video ?conference|"
            + "videokonferenz|lade (Sie|dich|euch) .{0,40}ein|inviting you)\\b");

    private final Classifier classifier = new Classifier();
    private final MessageReader reader = new MessageReader(classifier);

    @Test
    void sameAsTheStraightforwardReading() {
        List<String> texts = new ArrayList<>(VariedTexts.mails());
        texts.addAll(VariedTexts.random(1_500, 40, 23));
        texts.add("You have DISABLED the firewall. Sie haben gestern die Prüfung abgeschaltet. Einladung zur Videokonferenz");
        texts.add("ſo you have removed it. YOU HAVE REMOVED THE ALLOWLIST AND NOBODY TOLD US ANYTHING AT ALL TODAY!");
        int blamed = 0;
        int invitations = 0;
        int shouting = 0;
        for (String text : texts) {
            for (boolean bulk : new boolean[] {false, true}) {
                MessageAnalysis expected = reference(text, bulk);
                assertThat(reader.read(7, "Re: Einladung?", text, bulk)).as(text).isEqualTo(expected);
                assertThat(reader.read(7, "status", text, bulk)).as(text).isEqualTo(reference(text, "status", bulk));
                blamed += expected.findings().stream().anyMatch(f -> f.reasons().contains(app.dossier.model.Reason.of("reason.readerChanged")))
                        ? 1 : 0;
                invitations += reference(text, "status", bulk).invitation() ? 1 : 0;
                shouting += expected.shouting() ? 1 : 0;
            }
        }
        assertThat(blamed).as("texts blaming the reader").isGreaterThan(20);
        assertThat(invitations).as("invitations").isGreaterThan(20);
        assertThat(shouting).as("shouting").isGreaterThan(20);
    }

    private MessageAnalysis reference(String text, boolean bulk) {
        return reference(text, "Re: Einladung?", bulk);
    }

    private MessageAnalysis reference(String text, String subject, boolean bulk) {
        String own = OwnText.of(text);
        Classification c = classifier.classifyOwnText("auto", subject, own, bulk);
        List<MessageAnalysis.Finding> findings = new ArrayList<>(c.evidence().stream()
                .map(e -> new MessageAnalysis.Finding(e.label(), e.sentence(), e.score(), e.reasons())).toList());
        if (!bulk && findings.stream().noneMatch(f -> f.label() == EventKind.BLAME)) {
            EventRules.blameOfReader(SentenceSplitter.split(own), findings).ifPresent(findings::add);
        }
        return new MessageAnalysis(7, reader.version(), findings, c.keySentence(), c.insults(), shouting(own),
                INVITATION.matcher(subject).find() || INVITATION.matcher(own).find());
    }

    /** Shouting as first written: words split off by a regular expression and converted. */
    private static boolean shouting(String text) {
        int letters = 0;
        int upper = 0;
        int capsWords = 0;
        for (String word : text.split("[^\\p{L}]+")) {
            if (word.length() >= 4 && word.equals(word.toUpperCase(Locale.ROOT))
                    && !word.equals(word.toLowerCase(Locale.ROOT))) {
                capsWords++;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 20 && (upper * 100 / letters >= 30 || capsWords >= 5);
    }
}
