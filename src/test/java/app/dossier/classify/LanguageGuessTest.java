package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.testing.VariedTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The language guessed is the one guessed from words split off by a regular expression. */
class LanguageGuessTest {
    private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "wir", "sie", "ich",
            "mit", "für", "auf", "den", "dem", "ein", "eine", "bitte", "wurde", "haben", "sind", "von", "zu", "ihr", "uns");
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "not", "we", "you", "i", "with", "for", "on",
            "a", "an", "please", "was", "have", "are", "of", "to", "your", "our", "this", "that");

    @Test
    void sameAsSplittingWithARegularExpression() {
        List<String> texts = new ArrayList<>(VariedTexts.sentences());
        texts.addAll(VariedTexts.mails());
        texts.addAll(VariedTexts.random(5_000, 12, 5));
        int german = 0;
        for (String text : texts) {
            String expected = reference(text);
            assertThat(LanguageGuess.of(text)).as(text).isEqualTo(expected);
            german += expected.equals("de") ? 1 : 0;
        }
        assertThat(german).isBetween(texts.size() / 5, texts.size() * 4 / 5);
    }

    private static String reference(String text) {
        int german = 0;
        int english = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            german += GERMAN.contains(word) ? 1 : 0;
            english += ENGLISH.contains(word) ? 1 : 0;
        }
        return german > english ? "de" : "en";
    }
}
