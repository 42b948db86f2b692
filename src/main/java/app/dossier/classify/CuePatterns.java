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

    /**
     * The pattern for lower-cased text. When every match must begin with one of a few characters
     * ({@link CueStarts#firstChars}), a look-ahead for them comes first: {@code find} tries the pattern at every
     * character of a sentence, and most cues begin with {@code \b} and a list of words, whose word-boundary
     * test (a look-up of the Unicode type of the characters on both sides) was then made at every
     * character. The look-ahead refuses nearly every place at the cost of one table look-up and finds the
     * same matches, with the same groups.
     */
    static Pattern forLowerCase(String regex) {
        return Pattern.compile(CueStarts.withLookAhead(lowerCaseSource(regex)));
    }

    /** The position after the character class that begins at {@code at} (classes inside it included). */
    static int afterClass(String re, int at) {
        int p = at + 1;
        if (p < re.length() && re.charAt(p) == '^') {
            p++;
        }
        if (p < re.length() && re.charAt(p) == ']') {
            p++;
        }
        int depth = 1;
        while (p < re.length() && depth > 0) {
            char c = re.charAt(p);
            if (c == '\\') {
                p += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            p++;
        }
        return p;
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
     * Strings of a lower-case pattern at least one of which every match contains: for a sequence,
     * the most selective of its mandatory parts (a literal run, or a group whose every branch has
     * such strings); for alternatives, the union of theirs. A sentence containing none of them
     * cannot match, so the pattern is not tried — which saves most of the classifier's time.
     * Empty when no such strings can be told (the pattern is then always tried).
     */
    static java.util.List<String> triggers(String regex) {
        java.util.Set<String> found = new Parser(regex).alternatives();
        return found == null ? java.util.List.of() : java.util.List.copyOf(found);
    }

    /** A small reader of the regular-expression subset the cue files use. */
    private static final class Parser {
        private final String re;
        private int at;

        Parser(String re) {
            this.re = re;
        }

        /** Branches up to the end or a closing parenthesis; null when one branch has no required strings. */
        java.util.Set<String> alternatives() {
            java.util.Set<String> union = new java.util.LinkedHashSet<>();
            boolean unknown = false;
            while (true) {
                java.util.Set<String> branch = sequence();
                if (branch == null) {
                    unknown = true;
                } else {
                    union.addAll(branch);
                }
                if (at < re.length() && re.charAt(at) == '|') {
                    at++;
                    continue;
                }
                return unknown ? null : union;
            }
        }

        /** One branch: the best set among its mandatory parts. */
        private java.util.Set<String> sequence() {
            java.util.Set<String> best = null;
            StringBuilder run = new StringBuilder();
            while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
                char c = re.charAt(at);
                if (c == '(') {
                    best = better(best, flush(run));
                    boolean look = re.startsWith("(?=", at) || re.startsWith("(?!", at) || re.startsWith("(?<=", at)
                            || re.startsWith("(?<!", at);
                    at++;
                    if (at < re.length() && re.charAt(at) == '?') {
                        while (at < re.length() && ":=!>)".indexOf(re.charAt(at)) < 0) {
                            at++;
                        }
                        if (at < re.length() && re.charAt(at) == ')') { // an inline flag group like (?i)
                            at++;
                            continue;
                        }
                        at++;
                    }
                    java.util.Set<String> inner = alternatives();
                    at++; // the closing parenthesis
                    if (!optional() && !look) {
                        best = better(best, inner);
                    }
                } else if (c == '[') {
                    best = better(best, flush(run));
                    skipClass();
                    optional();
                } else if (c == '\\' && !Character.isLetterOrDigit(re.charAt(at + 1))) {
                    // An escaped character ("e\.g\.", "\?") stands for itself: part of the literal run.
                    literal(re.charAt(at + 1), 2, run);
                    best = lastFlushed == null ? best : better(best, lastFlushed);
                } else if (c == '\\') {
                    best = better(best, flush(run));
                    at += re.charAt(at + 1) == 'p' || re.charAt(at + 1) == 'P' ? re.indexOf('}', at) - at + 1 : 2;
                    optional();
                } else if (".^$".indexOf(c) >= 0) {
                    best = better(best, flush(run));
                    at++;
                    optional();
                } else {
                    literal(c, 1, run);
                    best = lastFlushed == null ? best : better(best, lastFlushed);
                }
            }
            return better(best, flush(run));
        }

        /** What the last {@link #literal} flushed, or null. */
        private java.util.Set<String> lastFlushed;

        /** A literal character of {@code length} pattern characters at {@code at}, with its quantifier. */
        private void literal(char c, int length, StringBuilder run) {
            at += length;
            int before = at;
            lastFlushed = null;
            if (optional()) {
                lastFlushed = flush(run); // the character may be missing: the run ends before it
            } else {
                run.append(c);
                if (at != before) {
                    lastFlushed = flush(run); // repeated: the run ends with it
                }
            }
        }

        /** Consumes a quantifier; true when it allows zero times. */
        private boolean optional() {
            if (at >= re.length()) {
                return false;
            }
            char q = re.charAt(at);
            if (q == '?' || q == '*') {
                at++;
                lazy();
                return true;
            }
            if (q == '+') {
                at++;
                lazy();
                return false;
            }
            if (q == '{') {
                int close = re.indexOf('}', at);
                boolean zero = re.startsWith("{0", at);
                at = close + 1;
                lazy();
                return zero;
            }
            return false;
        }

        private void lazy() {
            if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
                at++;
            }
        }

        private void skipClass() {
            at = afterClass(re, at);
        }

        private static java.util.Set<String> flush(StringBuilder run) {
            String s = run.toString();
            run.setLength(0);
            // A question mark is as rare in a sentence as a word: "\?\s*$" need not be tried on every sentence.
            return s.chars().anyMatch(Character::isLetter) || s.indexOf('?') >= 0 ? java.util.Set.of(s) : null;
        }

        /** The more selective of two sets: the longer shortest string, then the smaller set. */
        private static java.util.Set<String> better(java.util.Set<String> a, java.util.Set<String> b) {
            if (a == null || a.isEmpty()) {
                return b;
            }
            if (b == null || b.isEmpty()) {
                return a;
            }
            int la = a.stream().mapToInt(String::length).min().orElse(0);
            int lb = b.stream().mapToInt(String::length).min().orElse(0);
            if (la != lb) {
                return la > lb ? a : b;
            }
            return a.size() <= b.size() ? a : b;
        }
    }
}
