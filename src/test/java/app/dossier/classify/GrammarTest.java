package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.testing.VariedTexts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tense patterns tried only where a match can start say what searching the whole sentence says. */
class GrammarTest {
    @Test
    void wordStartsFindWhatFindFinds() {
        List<String> sentences = new ArrayList<>(VariedTexts.sentences());
        sentences.addAll(VariedTexts.random(10_000, 20, 3));
        sentences.add("we've switched it off. it was done; das wurde gestern umgestellt, ist live");
        int found = 0;
        for (String sentence : sentences) {
            String lower = RuleScores.lower(sentence).replace('\u2019', '\'');
            for (var pattern : List.of(Grammar.DONE_EN, Grammar.DONE_DE)) {
                boolean expected = pattern.matcher(lower).find();
                assertThat(Grammar.atWordStarts(pattern, lower)).as(pattern + " on " + lower).isEqualTo(expected);
                found += expected ? 1 : 0;
            }
        }
        assertThat(found).as("sentences that say something was done").isGreaterThan(1_000);
    }
}
