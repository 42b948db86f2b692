package app.dossier.classify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What the cues say of a whole message rather than of one sentence: whether it is routine mail
 * (an invoice, a newsletter), its insulting words, and whether a sentence says a feared thing happened.
 */
final class MessageCues {
    private MessageCues() {
    }

    /** Whether the sentence says the incident happened (not a risk described in a warning). */
    static boolean happened(Lexicon lexicon, String sentence) {
        String lower = RuleScores.lower(sentence);
        return lexicon.cues().stream().filter(c -> c.label().equals("HAPPENED"))
                .anyMatch(c -> c.pattern().matcher(c.onLowerCase() ? lower : sentence).find());
    }

    /** Whether a cue for routine mail matches the text. */
    static boolean isRoutine(Lexicon lexicon, String text, String lower, java.util.BitSet triggers) {
        List<Cue> cues = lexicon.cues();
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            if (c.label().equals("NOISE") && lexicon.mayMatch(i, triggers)
                    && lexicon.find(i, text, lower) != null) {
                return true;
            }
        }
        return false;
    }

    /** The insulting words of the text, each once, as written. */
    static List<String> insults(Lexicon lexicon, String text, String lower, java.util.BitSet triggers) {
        Set<String> found = new LinkedHashSet<>();
        List<Cue> cues = lexicon.cues();
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            if (cue.label().equals("INSULT") && lexicon.mayMatch(i, triggers)) {
                Matcher m = lexicon.matcher(i, text, lower);
                while (m.find()) {
                    found.add(RuleScores.quote(text, lower, m, cue).toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(found);
    }
}
