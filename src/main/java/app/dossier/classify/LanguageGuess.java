package app.dossier.classify;

import java.util.Locale;
import java.util.Set;

/** German or English, from the share of common function words; English when in doubt. */
public final class LanguageGuess {
    private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "wir", "sie", "ich",
            "mit", "für", "auf", "den", "dem", "ein", "eine", "bitte", "wurde", "haben", "sind", "von", "zu", "ihr", "uns");
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "not", "we", "you", "i", "with", "for", "on",
            "a", "an", "please", "was", "have", "are", "of", "to", "your", "our", "this", "that");

    private LanguageGuess() {
    }

    public static String of(String text) {
        int german = 0;
        int english = 0;
        String lower = text.toLowerCase(Locale.ROOT);
        // The words are the runs of letters, taken in place (as splitting at every run of non-letters gives them).
        int at = 0;
        while (at < lower.length()) {
            int cp = lower.codePointAt(at);
            if (!Character.isLetter(cp)) {
                at += Character.charCount(cp);
                continue;
            }
            int start = at;
            while (at < lower.length() && Character.isLetter(cp = lower.codePointAt(at))) {
                at += Character.charCount(cp);
            }
            String word = lower.substring(start, at);
            if (GERMAN.contains(word)) {
                german++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return german > english ? "de" : "en";
    }
}
