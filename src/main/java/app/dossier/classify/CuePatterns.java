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
        return Pattern.compile(lowerCaseSource(regex));
    }

    /** The regular expression rewritten for lower-cased text. */
    static String lowerCaseSource(String regex) {
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
        return out.toString();
    }

    /**
     * Words of a lower-case pattern at least one of which every match contains (runs of literal
     * characters; a character made optional by "?", "*" or "{" ends a run and is left out). A
     * sentence containing none of them cannot match, so the pattern is not tried: most cues are
     * not, which is most of the classifier's time. Empty when the pattern has no such words.
     */
    static java.util.List<String> triggers(String regex) {
        java.util.List<String> runs = new java.util.ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
            if (c == '\\') {
                flush(run, runs);
                if (next == 'p' || next == 'P') {
                    i = regex.indexOf('}', i);
                } else {
                    i++;
                }
                continue;
            }
            if (c == '[') {
                flush(run, runs);
                for (i++; i < regex.length() && regex.charAt(i) != ']'; i++) {
                    if (regex.charAt(i) == '\\') {
                        i++;
                    }
                }
                continue;
            }
            if (c == '(' && next == '?') {
                flush(run, runs);
                i += 2;
                while (i < regex.length() && ":=!>)".indexOf(regex.charAt(i)) < 0) {
                    i++;
                }
                continue;
            }
            if ("()|.^$+*?{}".indexOf(c) >= 0) {
                flush(run, runs);
                if (c == '{') {
                    i = Math.max(i, regex.indexOf('}', i));
                }
                continue;
            }
            if (next == '?' || next == '*' || next == '{') {
                flush(run, runs); // an optional character: the run ends before it
                continue;
            }
            run.append(c);
            if (next == '+') {
                flush(run, runs);
            }
        }
        flush(run, runs);
        return java.util.List.copyOf(runs);
    }

    private static void flush(StringBuilder run, java.util.List<String> runs) {
        if (run.chars().anyMatch(Character::isLetter)) {
            runs.add(run.toString());
        }
        run.setLength(0);
    }
}
