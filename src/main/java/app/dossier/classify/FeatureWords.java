package app.dossier.classify;

import java.util.Map;

/** A model feature said in words, for the reason shown beside a label ("word “approved”", "says it was done"). */
final class FeatureWords {
    private static final Map<String, String> GRAMMAR = Map.ofEntries(
            Map.entry("neg", "negation"),
            Map.entry("mood:modal", "modal verb"),
            Map.entry("mood:imperative", "imperative"),
            Map.entry("starts:question-word", "starts like a question"),
            Map.entry("tense:done", "says it was done"),
            Map.entry("tense:planned", "speaks of a plan or the future"),
            Map.entry("tense:hypothetical", "condition or hypothesis"),
            Map.entry("has:time", "states a time"),
            Map.entry("question", "question mark"),
            Map.entry("exclaims", "exclamation mark"),
            Map.entry("exclaims:twice", "several exclamation marks"),
            Map.entry("shouts", "words in capitals"),
            Map.entry("person:1", "speaks of I/we"),
            Map.entry("person:2", "speaks to you"),
            Map.entry("person:3", "speaks of them"),
            Map.entry("subject:1", "subject I/we"),
            Map.entry("subject:2", "subject you"),
            Map.entry("subject:3", "subject they"),
            Map.entry("subject:none", "no personal subject"));

    private FeatureWords() {
    }

    static String describe(String feature, Lexicon lexicon) {
        String value = feature.substring(2);
        return switch (feature.charAt(0)) {
            case 'w' -> "word \"" + value + "\"";
            case 'b' -> "words \"" + value.replace("^ ", "").replace(" $", "") + "\"";
            case 's' -> "stem \"" + value + "\"";
            case 'c' -> "letters \"" + value.replace('<', ' ').replace('>', ' ').strip() + "\"";
            case 'g' -> grammar(value);
            case 'r' -> rule(value, lexicon);
            default -> feature;
        };
    }

    private static String grammar(String value) {
        if (value.startsWith("neg:")) {
            return "negated \"" + value.substring(4) + "\"";
        }
        if (value.startsWith("lang:") || value.startsWith("length:")) {
            return value.replace(':', ' ');
        }
        return GRAMMAR.getOrDefault(value, value);
    }

    private static String rule(String value, Lexicon lexicon) {
        int hash = value.indexOf('#');
        if (hash > 0) {
            int index = Integer.parseInt(value.substring(hash + 1));
            return index < lexicon.cues().size() ? "cue: " + lexicon.cues().get(index).why() : "cue " + value;
        }
        return "cues for " + value.replace(":strong", " (strong)");
    }
}
