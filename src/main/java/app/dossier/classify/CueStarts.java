package app.dossier.classify;

/**
 * The characters every match of a cue's pattern can begin with, told from the pattern's text, so that
 * the pattern is tried only where one of them stands: behind a look-ahead for them, or (when every
 * branch begins with {@code \b}) at the word starts that begin with one of them. A search by
 * {@code find} tried the whole pattern at every character of a sentence.
 */
final class CueStarts {
    private CueStarts() {
    }

    /**
     * The pattern source behind a look-ahead for its first characters when they can be told; otherwise
     * as it is. Both find the same matches, with the same groups ({@code CuePatternsTest}).
     */
    static String withLookAhead(String source) {
        String first = firstChars(source);
        return first == null ? source : "(?=[" + classOf(first) + "])(?:" + source + ")";
    }

    /** The characters as the members of a character class: letters and digits as they are, others escaped. */
    private static String classOf(String chars) {
        StringBuilder out = new StringBuilder(chars.length() * 2);
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The characters that every match of a pattern (compiled without flags) begins with, each once, in
     * order of appearance; null when that cannot be told from the pattern: a branch that begins with a
     * character class, a property, any character, a line start or end, a look-around, an inline flag, an
     * optional first part or nothing at all. {@code \b} is passed over (it matches no character) and
     * {@code \d} stands for the ten ASCII digits (as it does without flags).
     */
    static String firstChars(String regex) {
        StringBuilder found = new StringBuilder();
        Reader reader = new Reader(regex);
        return reader.alternatives(found, false) && reader.atEnd() ? found.toString() : null;
    }

    /**
     * The first characters ({@link #firstChars}) of a pattern every branch of which begins with {@code \b}
     * before its first character, when all of them are word characters: a match can then start only at a
     * word start that begins with one of them (see {@link MatchStarts#findAtWordStarts}). Null otherwise.
     */
    static String wordStarts(String regex) {
        StringBuilder found = new StringBuilder();
        Reader reader = new Reader(regex);
        if (!reader.alternatives(found, false) || !reader.atEnd() || !reader.bounded) {
            return null;
        }
        for (int i = 0; i < found.length(); i++) {
            char c = found.charAt(i);
            if (c != '_' && !Character.isLetterOrDigit(c)) {
                return null;
            }
        }
        return found.toString();
    }

    /** Reads the beginnings of a pattern's branches for {@link #firstChars}. */
    private static final class Reader {
        private final String re;
        private int at;
        /** Whether every first character read so far has a {@code \b} before it. */
        private boolean bounded = true;

        Reader(String re) {
            this.re = re;
        }

        boolean atEnd() {
            return at >= re.length();
        }

        /** The first characters of branches up to the end or the group's closing parenthesis, which is consumed. */
        boolean alternatives(StringBuilder found, boolean afterBoundary) {
            while (true) {
                if (!branch(found, afterBoundary)) {
                    return false;
                }
                skipRestOfBranch();
                if (at < re.length() && re.charAt(at) == '|') {
                    at++;
                    continue;
                }
                if (at < re.length() && re.charAt(at) == ')') {
                    at++;
                }
                return true;
            }
        }

        /** The first characters of one branch, from its start: false when they cannot be told. */
        private boolean branch(StringBuilder found, boolean afterBoundary) {
            boolean boundary = afterBoundary;
            while (re.startsWith("\\b", at)) {
                at += 2;
                boundary = true;
            }
            if (at >= re.length()) {
                return false; // an empty branch matches the empty string anywhere
            }
            char c = re.charAt(at);
            if (c == '(') {
                if (re.startsWith("(?", at) && !re.startsWith("(?:", at)) {
                    return false; // a look-around, a named group or an inline flag
                }
                at += re.startsWith("(?:", at) ? 3 : 1;
                StringBuilder inner = new StringBuilder();
                if (!alternatives(inner, boundary)) {
                    return false;
                }
                return !optional() && add(found, inner);
            }
            bounded &= boundary;
            if (c == '\\' && at + 1 < re.length()) {
                char next = re.charAt(at + 1);
                at += 2;
                if (next == 'd') {
                    return !optional() && add(found, "0123456789");
                }
                return !Character.isLetterOrDigit(next) && !optional() && add(found, String.valueOf(next));
            }
            if ("[.^$|)*+?{".indexOf(c) >= 0 || Character.isSurrogate(c)) {
                return false;
            }
            at++;
            return !optional() && add(found, String.valueOf(c));
        }

        /** Consumes a quantifier after an element; true when it lets the element be absent. */
        private boolean optional() {
            if (at >= re.length()) {
                return false;
            }
            char q = re.charAt(at);
            boolean zero = q == '?' || q == '*' || re.startsWith("{0", at) || re.startsWith("{,", at);
            if (q == '?' || q == '*' || q == '+') {
                at++;
            } else if (q == '{') {
                int close = re.indexOf('}', at);
                at = close < 0 ? re.length() : close + 1;
            } else {
                return false;
            }
            if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
                at++; // lazy or possessive
            }
            return zero;
        }

        /** Moves past the rest of a branch, to its {@code |} or its group's {@code )} (or the end). */
        private void skipRestOfBranch() {
            int depth = 0;
            while (at < re.length()) {
                char c = re.charAt(at);
                if (c == '\\') {
                    at += 2;
                    continue;
                }
                if (c == '[') {
                    at = CuePatterns.afterClass(re, at);
                    continue;
                }
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                } else if (c == '|' && depth == 0) {
                    return;
                }
                at++;
            }
        }

        private static boolean add(StringBuilder found, CharSequence chars) {
            for (int i = 0; i < chars.length(); i++) {
                if (found.indexOf(String.valueOf(chars.charAt(i))) < 0) {
                    found.append(chars.charAt(i));
                }
            }
            return true;
        }
    }
}
