package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The word loops find the words the expression they replace finds, at the same places. */
class WordsTest {
    /** The words as the features first found them. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");

    @Test
    void tokensAreTheTokenExpressionsMatches() {
        List<String> texts = new ArrayList<>(app.dossier.testing.VariedTexts.sentences());
        texts.addAll(app.dossier.testing.VariedTexts.random(5_000, 25, 5));
        texts.addAll(List.of("don't", "it's'", "x'1", "'a", "a''b", "l'état d’être", "\uD835\uDC00bc'\uD835\uDC01",
                "Ⅻ ½ ٣٤ x²", "\uD800x", "x\uDC00", "日本語 ǅemal"));
        int tokens = 0;
        List<String> lowered = new ArrayList<>();
        for (String text : texts) {
            lowered.add(RuleScores.lower(text).replace('\u2019', '\'')); // as the features read a sentence
            lowered.add(RuleScores.lower(text)); // as the compound parts read a text: ’ as written
        }
        for (String lower : lowered) {
            List<String> expected = new ArrayList<>();
            var m = TOKEN.matcher(lower);
            while (m.find()) {
                expected.add(m.start() + ":" + m.group());
            }
            List<String> actual = new ArrayList<>();
            int start = Words.next(lower, 0);
            while (start < lower.length()) {
                int end = Words.end(lower, start);
                actual.add(start + ":" + lower.substring(start, end));
                start = Words.next(lower, end);
            }
            assertThat(actual).as(lower).isEqualTo(expected);
            tokens += expected.size();
        }
        assertThat(tokens).isGreaterThan(50_000);
    }
}
