package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.testing.VariedTexts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast splitter gives exactly the sentences of the first, regular-expression one. */
class SentenceSplitterTest {
    @Test
    void sameSentencesAsTheReferenceOnVariedTexts() {
        List<String> texts = new ArrayList<>(VariedTexts.sentences());
        texts.addAll(VariedTexts.mails());
        texts.addAll(VariedTexts.random(20_000, 60, 7));
        assertThat(texts).hasSizeGreaterThan(20_000);
        int sentences = 0;
        for (String text : texts) {
            for (int max : new int[] {1, 3, 30, Integer.MAX_VALUE}) {
                List<String> expected = ReferenceSentenceSplitter.split(text, max);
                assertThat(SentenceSplitter.split(text, max)).as("max %d of: %s", max, text).isEqualTo(expected);
                sentences += expected.size();
            }
        }
        assertThat(sentences).isGreaterThan(100_000);
    }

    @Test
    void paragraphsListItemsAndAbbreviations() {
        assertThat(SentenceSplitter.split("Hallo Anna,\n\nbitte z. B. heute\nprüfen. Danke!\n- erstens\n2) zweitens"))
                .containsExactly("Hallo Anna,", "bitte z. B. heute prüfen.", "Danke!", "erstens", "2) zweitens");
        assertThat(SentenceSplitter.split("Am 6. März kam Dr. Vogt. Er ging.", 1)).containsExactly("Am 6. März kam Dr. Vogt.");
    }
}
