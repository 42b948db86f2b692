package app.dossier.classify;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One phrase pattern that points to a label, with its weight and the reason shown to the user.
 * {@code onLowerCase} says the pattern was prepared for lower-cased text (the fast path);
 * otherwise it is matched case-insensitively against the text as written. {@code wordStarts}, when not
 * null, are the letters every match begins with at a word start (see {@link CueStarts#wordStarts}).
 */
record Cue(String label, double weight, Pattern pattern, String why, boolean onLowerCase, List<String> triggers,
           String wordStarts) {
    /**
     * Whether the pattern can match this text at all, judged on the text in lower case (see
     * {@link CuePatterns#triggers}; a case-sensitive cue's words are required in lower case too).
     */
    boolean mayMatch(String lowerCaseText) {
        if (triggers.isEmpty()) {
            return true;
        }
        for (String t : triggers) {
            if (lowerCaseText.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
