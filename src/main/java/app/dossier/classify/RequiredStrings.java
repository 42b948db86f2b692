package app.dossier.classify;

import java.util.List;

/**
 * Strings at least one of which every match of a regular expression contains, case folded (see
 * {@link CuePatterns#triggers}): a text holding none of them in {@link #fold folded} form cannot
 * match, so the expression need not be tried. Derived from the expression itself, so a word added to
 * it is never missed by a pre-check made from these.
 */
public final class RequiredStrings {
    private RequiredStrings() {
    }

    /** The strings for {@code regex}, folded; empty when none can be told (the expression must then always be tried). */
    public static List<String> of(String regex) {
        return CuePatterns.triggers(CuePatterns.lowerCaseSource(regex)).stream().map(RequiredStrings::fold).toList();
    }

    /**
     * Each character as a case-insensitive match compares it, lower case of its upper case ("ſ" and
     * "S" become "s"): a superset of ASCII's and Unicode's case rules, and the length stays the same.
     */
    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            chars[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) // the same, quicker
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(chars);
    }

    /** Whether the folded text holds one of the strings; true when there are none (nothing can be ruled out). */
    public static boolean anyIn(String foldedText, List<String> required) {
        if (required.isEmpty()) {
            return true;
        }
        for (String s : required) {
            if (foldedText.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
