package app.dossier.classify;

import app.dossier.model.EventKind;
import app.dossier.model.Reason;
import java.util.Map;

/**
 * A model feature as a reason shown beside a label ("word “approved”", "says it was done"): a coded
 * {@link Reason} (message key and parameters), said in the reader's language by
 * {@code app.dossier.i18n.ReasonTexts}.
 */
final class FeatureWords {
    private static final Map<String, String> GRAMMAR = Map.ofEntries(
            Map.entry("neg", "reason.negation"),
            Map.entry("mood:modal", "reason.modal"),
            Map.entry("mood:imperative", "reason.imperative"),
            Map.entry("starts:question-word", "reason.questionStart"),
            Map.entry("tense:done", "reason.done"),
            Map.entry("tense:planned", "reason.planned"),
            Map.entry("tense:hypothetical", "reason.hypothetical"),
            Map.entry("has:time", "reason.time"),
            Map.entry("question", "reason.questionMark"),
            Map.entry("exclaims", "reason.exclaims"),
            Map.entry("exclaims:twice", "reason.exclaimsTwice"),
            Map.entry("shouts", "reason.shouts"),
            Map.entry("person:1", "reason.person1"),
            Map.entry("person:2", "reason.person2"),
            Map.entry("person:3", "reason.person3"),
            Map.entry("subject:1", "reason.subject1"),
            Map.entry("subject:2", "reason.subject2"),
            Map.entry("subject:3", "reason.subject3"),
            Map.entry("subject:none", "reason.subjectNone"),
            Map.entry("aspect:done-no-subject", "reason.doneNoSubject"),
            Map.entry("aspect:from-now-on", "reason.fromNowOn"),
            Map.entry("aspect:ultimatum", "reason.ultimatum"));
    /** The rule labels of the cue files, said as what they mean. */
    private static final Map<String, String> RULES = Map.of(
            "ASKS_APPROVAL", "reason.asksApproval",
            "NOT_APPROVAL", "reason.refusesApproval",
            "NO_APPROVAL", "reason.deniesApproval");

    private FeatureWords() {
    }

    /** The model's probability of a label, as a reason. */
    static String probability(double p) {
        return Reason.of("reason.probability", "p:" + Math.round(p * 100) / 100.0);
    }

    /** The cues of a label that matched, with the words they matched. */
    static String cues(EventKind label, java.util.List<String> quotes) {
        return Reason.of("reason.cues", "kind:" + label.name(), String.join(", ", quotes));
    }

    static String describe(String feature, Lexicon lexicon) {
        String value = feature.substring(2);
        return switch (feature.charAt(0)) {
            case 'w' -> Reason.of("reason.word", value);
            case 'b' -> Reason.of("reason.words", value.replace("^ ", "").replace(" $", ""));
            case 's' -> Reason.of("reason.stem", value);
            case 'c' -> Reason.of("reason.letters", value.replace('<', ' ').replace('>', ' ').strip());
            case 'g' -> grammar(value);
            case 'r' -> rule(value, lexicon);
            default -> Reason.of("reason.feature", feature);
        };
    }

    private static String grammar(String value) {
        if (value.startsWith("neg:")) {
            return Reason.of("reason.negated", value.substring(4));
        }
        if (value.startsWith("lang:")) {
            return Reason.of("reason.language", value.substring(5));
        }
        if (value.startsWith("length:")) {
            return Reason.of("reason.length", value.substring(7));
        }
        String key = GRAMMAR.get(value);
        return key == null ? Reason.of("reason.feature", value) : Reason.of(key);
    }

    private static String rule(String value, Lexicon lexicon) {
        int hash = value.indexOf('#');
        if (hash > 0) {
            int index = Integer.parseInt(value.substring(hash + 1));
            return index < lexicon.cues().size() ? cueLabel("reason.cueLine", lexicon.cues().get(index).label())
                    : Reason.of("reason.feature", value);
        }
        boolean strong = value.endsWith(":strong");
        return cueLabel(strong ? "reason.cuesForStrong" : "reason.cuesFor", strong ? value.substring(0,
                value.length() - ":strong".length()) : value);
    }

    /** A reason naming the label of a cue; a rule label ("a request for approval") as what it means. */
    private static String cueLabel(String key, String label) {
        String rule = RULES.get(label);
        if (rule != null) {
            return Reason.of(rule);
        }
        try {
            return Reason.of(key, "kind:" + EventKind.valueOf(label).name());
        } catch (IllegalArgumentException e) {
            return Reason.of("reason.feature", label);
        }
    }
}
