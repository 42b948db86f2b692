package app.dossier.classify;

import java.util.regex.Pattern;

/**
 * Compiles a cue's regular expression. Unicode case folding makes every character comparison
 * expensive, and cues are tried on every sentence of every mail, so a cue is rewritten for text
 * that was lower-cased once: its literal letters are lower-cased and {@code \w} spelled out as
 * Unicode letters and digits. Cues that care about case (German "Sie" vs "sie", written
 * {@code (?-i:…)}) keep the slow, case-insensitive form.
 */
final class CuePatterns {
    private static final int SLOW_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
            | Pattern.UNICODE_CHARACTER_CLASS;

    private CuePatterns() {
    }

    static boolean caseSensitiveParts(String regex) {
        return regex.contains("(?-i");
    }

    static Pattern slow(String regex) {
        return Pattern.compile(regex, SLOW_FLAGS);
    }

    /** The pattern for lower-cased text. */
    static Pattern forLowerCase(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(++i);
                if (next == 'w') {
                    out.append(inClass ? "\\p{L}\\p{N}_" : "[\\p{L}\\p{N}_]");
                } else if (next == 'p' || next == 'P') {
                    int close = regex.indexOf('}', i);
                    out.append(regex, i - 1, close + 1);
                    i = close;
                } else {
                    out.append(c).append(next);
                }
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            }
            out.append(Character.toLowerCase(c));
        }
        return Pattern.compile(out.toString());
    }
}
