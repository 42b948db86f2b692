package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.testing.VariedTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The tense and aspect patterns tried only where a match can start say what searching the whole sentence says. */
class GrammarTest {
    @Test
    void wordStartsFindWhatFindFinds() {
        List<String> sentences = new ArrayList<>(VariedTexts.sentences());
        sentences.addAll(VariedTexts.random(10_000, 20, 3));
        sentences.add("we've switched it off. it was done; das wurde gestern umgestellt, ist live");
        sentences.addAll(List.of("As of today the portal is live.", "Ab sofort ist der Alarm raus.", "seit 9:30 uhr läuft es",
                "Fix it or we move the whole book.", "One more late delivery and we terminate.",
                "Sonst kündigen wir den Vertrag.", "noch eine Verspätung und wir gehen", "or else you'll hear from us",
                "(or we escalate)", "x-or we go", "Otherwise I will cancel.", "...and it is now live",
                "The ops team switched it off.", "the team team found it", "größte team found it", "x9 team saw it",
                " team found it", "team found it", "our_team team sent it", "the team\nfound it", "the team  found it",
                "security team will look", "Ops team: we removed it", "café team broke it",
                " team found it; the ops team switched it off"));
        int found = 0;
        int aspects = 0;
        for (String sentence : sentences) {
            String lower = RuleScores.lower(sentence).replace('\u2019', '\'');
            for (var pattern : List.of(DoneTense.DONE_EN, DoneTense.DONE_DE)) {
                boolean expected = pattern.matcher(lower).find();
                assertThat(MatchStarts.atSmallLetterStarts(pattern, lower)).as(pattern + " on " + lower).isEqualTo(expected);
                found += expected ? 1 : 0;
            }
            // The searches the classifier runs: by the two first letters of each branch, German in parts.
            assertThat(DoneTense.saysDone("en", lower)).as("DONE_EN by starts on " + lower)
                    .isEqualTo(DoneTense.DONE_EN.matcher(lower).find());
            assertThat(DoneTense.saysDone("de", lower)).as("DONE_DE in parts on " + lower)
                    .isEqualTo(DoneTense.DONE_DE.matcher(lower).find());
            String stripped = lower.strip(); // as Aspect reads it
            Map<java.util.regex.Pattern, MatchStarts.Starts> firsts = Map.of(Aspect.FROM_NOW_EN, Aspect.FROM_NOW_EN_STARTS,
                    Aspect.FROM_NOW_DE, Aspect.FROM_NOW_DE_STARTS, Aspect.ULTIMATUM_EN, Aspect.ULTIMATUM_EN_STARTS,
                    Aspect.ULTIMATUM_DE, Aspect.ULTIMATUM_DE_STARTS);
            for (var pattern : List.of(Aspect.FROM_NOW_EN, Aspect.FROM_NOW_DE, Aspect.ULTIMATUM_EN, Aspect.ULTIMATUM_DE)) {
                boolean expected = pattern.matcher(stripped).find();
                assertThat(MatchStarts.atSmallLetterStarts(pattern, stripped)).as(pattern + " on " + stripped).isEqualTo(expected);
                assertThat(MatchStarts.atSmallLetterStarts(pattern, stripped, firsts.get(pattern))).as(pattern + " (first two letters) on "
                        + stripped).isEqualTo(expected);
                aspects += expected ? 1 : 0;
            }
        }
        assertThat(found).as("sentences that say something was done").isGreaterThan(1_000);
        assertThat(aspects).as("sentences with a state from now on or an ultimatum").isGreaterThan(100);
    }

    /** The sentence forms anchored at the text's start are tried there only: lookingAt says what find says. */
    @Test
    void anchoredFormsAreFoundAtTheStart() {
        List<String> sentences = new ArrayList<>(VariedTexts.sentences());
        sentences.addAll(VariedTexts.random(5_000, 20, 7));
        sentences.addAll(List.of("Thanks for your message.", "Vielen Dank für Ihre Nachricht und die Hinweise",
                "Ich schicke ihm vorher eine schriftliche Bestätigung", "We'll send a confirmation", "x\nThanks for the mail",
                "I will send him the letter", "Well, thanks for your reply"));
        int found = 0;
        for (String sentence : sentences) {
            for (var pattern : SentenceForm.anchoredPatterns()) {
                boolean expected = pattern.matcher(sentence).find();
                assertThat(pattern.matcher(sentence).lookingAt()).as(pattern + " on " + sentence).isEqualTo(expected);
                found += expected ? 1 : 0;
            }
        }
        assertThat(found).as("sentences of an anchored form").isGreaterThanOrEqualTo(4);
    }
}
