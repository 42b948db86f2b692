package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.testing.SharedData;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The quick pre-check of a cue never skips a sentence the cue matches. */
class CuePatternsTest {
    @Test
    void triggersAreTheMostSelectiveRequiredStrings() {
        assertThat(CuePatterns.triggers("\\b(could|can|would|will) you\\b")).containsExactly(" you");
        assertThat(CuePatterns.triggers("\\b(legal action|lawyers?|sue)\\b")).containsExactly("legal action", "lawyer", "sue");
        assertThat(CuePatterns.triggers("\\?\\s*$")).containsExactly("?");
        assertThat(CuePatterns.triggers("\\b(may|e\\.g\\.)\\b")).containsExactly("may", "e.g.");
        assertThat(CuePatterns.triggers("\\b(has|had)\\b|\\b\\d{1,2}:\\d{2}\\b")).as("a branch without letters").isEmpty();
        assertThat(CuePatterns.triggers("colou?r")).containsExactly("colo");
        assertThat(CuePatterns.triggers("please\\b(?! (find|see))")).containsExactly("please");
    }

    @Test
    void noSentenceThatMatchesIsSkipped() throws Exception {
        List<String> texts = new ArrayList<>();
        try (var in = CuePatternsTest.class.getResourceAsStream("/app/dossier/classify/heldout.jsonl")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .forEach(l -> texts.add(text(l)));
        }
        if (SharedData.isPresent()) {
            Files.readAllLines(SharedData.root().resolve("labeled/dev.jsonl")).forEach(l -> texts.add(text(l)));
        }
        int checked = 0;
        for (String language : List.of("en", "de")) {
            for (Cue cue : Lexicon.load(language).cues()) {
                for (String text : texts) {
                    for (String sentence : SentenceSplitter.split(text)) {
                        String lower = sentence.toLowerCase(Locale.ROOT);
                        if (cue.pattern().matcher(cue.onLowerCase() ? lower : sentence).find()) {
                            checked++;
                            assertThat(cue.mayMatch(lower)).as(cue.pattern() + " on: " + sentence).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(checked).as("cue matches checked").isGreaterThan(100);
    }

    private static String text(String jsonLine) {
        try {
            return new ObjectMapper().readTree(jsonLine).get("text").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
