package app.dossier.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * What the hand-written cues of a language say about one sentence: the summed weight per cue label
 * (the seven labels and the rule labels NOT_APPROVAL, NO_APPROVAL, ASKS_APPROVAL), the words each
 * label's cues matched (the reasons shown), and which cue lines fired. The trained model reads these as features; the structural
 * rules (a request for approval is not an approval, a refusal is not one) read the rule labels.
 */
record RuleScores(Map<String, Double> scores, Map<String, List<String>> reasons, List<Integer> fired) {
    RuleScores {
        // In the order the cues fired: the model adds the cue features in the order of this map, and
        // Map.copyOf's order changes from one JVM to the next, so the last digits of a probability did too.
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        reasons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        fired = List.copyOf(fired);
    }

    static RuleScores of(Lexicon lexicon, String sentence) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        List<Integer> fired = new ArrayList<>();
        String lower = lower(sentence);
        List<Cue> cues = lexicon.cues();
        long[] may = lexicon.sentenceCuesFor(lexicon.triggersIn(lower));
        for (int w = 0; w < may.length; w++) {
            for (long bits = may[w]; bits != 0; bits &= bits - 1) {
                int i = w * 64 + Long.numberOfTrailingZeros(bits);
                Cue cue = cues.get(i);
                Matcher m = lexicon.find(i, sentence, lower);
                if (m == null) {
                    continue;
                }
                fired.add(i);
                scores.merge(cue.label(), cue.weight(), Double::sum);
                if (cue.weight() > 0) {
                    reasons.computeIfAbsent(cue.label(), k -> new ArrayList<>())
                            .add(quote(sentence, lower, m, cue));
                }
            }
        }
        return new RuleScores(scores, reasons, fired);
    }

    double score(String label) {
        Double score = scores.get(label); // not getOrDefault(label, 0.0): that boxes a new 0.0 per call
        return score == null ? 0 : score;
    }

    boolean has(String ruleLabel) {
        return scores.containsKey(ruleLabel);
    }

    List<String> reasonsFor(String label) {
        return reasons.getOrDefault(label, List.of());
    }

    /** Lower case for the fast cue patterns; no-break spaces from HTML become spaces so {@code \s} sees them. */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    }

    /** The matched words as the author wrote them (lower-casing rarely changes the length; then the lower-case form). */
    static String quote(String text, String lower, Matcher m, Cue cue) {
        if (!cue.onLowerCase() || text.length() != lower.length()) {
            return m.group().strip();
        }
        return text.substring(m.start(), m.end()).strip();
    }
}
