package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.testing.VariedTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The cues' scores of a sentence are those of trying every cue on it: the pre-check by trigger
 * strings and the one-pass search never leave out a cue that matches.
 */
class RuleScoresTest {
    @Test
    void theScoresKeepTheOrderTheCuesFiredIn() {
        // The model sums the cue features in this order; an order that changed from one JVM to the next
        // (Map.copyOf's) made the last digits of a stored probability differ between two readings.
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        List<String> labels = List.of("WARNING", "REQUEST", "THREAT", "APPROVAL", "CHANGE", "BLAME", "INCIDENT",
                "NOT_APPROVAL", "NO_APPROVAL", "ASKS_APPROVAL", "HAPPENED");
        for (int i = 0; i < labels.size(); i++) {
            scores.put(labels.get(i), 1.0 + i);
            reasons.put(labels.get(i), List.of("cue " + i));
        }
        RuleScores rules = new RuleScores(scores, reasons, List.of(3, 1, 2));
        assertThat(rules.scores().keySet()).containsExactlyElementsOf(labels);
        assertThat(rules.reasons().keySet()).containsExactlyElementsOf(labels);
        assertThat(rules.fired()).containsExactly(3, 1, 2);
    }

    @Test
    void sameAsTryingEveryCue() {
        List<String> sentences = new ArrayList<>(VariedTexts.sentences());
        for (String text : VariedTexts.random(5_000, 25, 11)) {
            sentences.addAll(SentenceSplitter.split(text));
        }
        int fired = 0;
        for (String language : List.of("en", "de")) {
            Lexicon lexicon = Lexicon.load(language);
            for (String sentence : sentences) {
                RuleScores expected = everyCue(lexicon, sentence);
                RuleScores actual = RuleScores.of(lexicon, sentence);
                assertThat(actual).as(language + ": " + sentence).isEqualTo(expected);
                fired += expected.fired().size();
            }
        }
        assertThat(fired).as("cue matches compared").isGreaterThan(5_000);
    }

    /** The straightforward reading: every per-sentence cue's pattern tried, in file order. */
    private static RuleScores everyCue(Lexicon lexicon, String sentence) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        List<Integer> fired = new ArrayList<>();
        String lower = RuleScores.lower(sentence);
        for (int i = 0; i < lexicon.cues().size(); i++) {
            Cue cue = lexicon.cues().get(i);
            if (List.of("NOISE", "INSULT", "HAPPENED").contains(cue.label())) {
                continue;
            }
            Matcher m = cue.pattern().matcher(cue.onLowerCase() ? lower : sentence);
            if (m.find()) {
                fired.add(i);
                scores.merge(cue.label(), cue.weight(), Double::sum);
                if (cue.weight() > 0) {
                    reasons.computeIfAbsent(cue.label(), k -> new ArrayList<>())
                            .add(RuleScores.quote(sentence, lower, m, cue));
                }
            }
        }
        return new RuleScores(scores, reasons, fired);
    }
}
