package app.dossier.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code find} for expressions whose every match can start only at a few kinds of places, tried at
 * those places alone: a line start for {@code (?m)^…}, a word start for {@code \b} plus a letter.
 * A search tries the expression at every character of a whole mail; most of them cannot start a match.
 *
 * <p>Each place is tried with {@code lookingAt} on a region from there to the end, the text around it
 * in view (transparent bounds, no anchoring at the region), so a match is found where {@code find}
 * finds it and is the same match; the places tried are a superset of those where a match can start.
 */
public final class MatchStarts {
    private MatchStarts() {
    }

    /**
     * As {@code matcher.find(from)} for a multi-line expression {@code ^\s*(…)} each of whose branches
     * begins with a character of {@code firstChars}, none of them white space: on a match the matcher
     * holds it ({@code start()}, {@code end()}, groups). A line start is tried only when the first
     * character after the white space there (a line break included, as {@code \s} reads it) is one of
     * them: most lines of a mail begin with a word no branch begins with. A text with line breaks other
     * than {@code \n} is searched as {@code find} does (those breaks are rare).
     */
    public static boolean atLineStarts(Matcher matcher, String text, int from, String firstChars) {
        if (otherLineBreaks(text)) {
            return matcher.find(from);
        }
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        int p = from;
        if (p > 0 && text.charAt(p - 1) != '\n') {
            p = next(text, p);
        }
        while (p >= 0 && p < text.length()) {
            int q = p;
            while (q < text.length() && " \t\n\u000B\f".indexOf(text.charAt(q)) >= 0) {
                q++; // \s without flags: these and \r, which otherLineBreaks sent to find
            }
            if (q < text.length() && firstChars.indexOf(text.charAt(q)) >= 0
                    && matcher.region(p, text.length()).lookingAt()) {
                return true;
            }
            p = next(text, p);
        }
        return false;
    }

    /** The start of the line after the one holding {@code p}, or -1. */
    private static int next(String text, int p) {
        int n = text.indexOf('\n', p);
        return n < 0 ? -1 : n + 1;
    }

    /** Whether the text has a line break {@code ^} knows besides {@code \n} (CR, NEL, LS, PS). */
    private static boolean otherLineBreaks(String text) {
        return text.indexOf('\r') >= 0 || text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0
                || text.indexOf('\u2029') >= 0;
    }

    /**
     * As {@code pattern.matcher(text).find()} for an expression each of whose matches starts at the
     * text's start or with {@code \b} before a character of {@code firstChars} (all of them word
     * characters): tried there and where such a character follows no letter, digit or underscore.
     */
    public static boolean atWordStarts(Pattern pattern, String text, String firstChars) {
        if (text.isEmpty()) {
            return false;
        }
        Matcher m = tryer(pattern, text);
        return m.region(0, text.length()).lookingAt() || findAtWordStarts(m, text, firstChars);
    }

    /**
     * As {@code matcher.find()} on its whole text for an expression each of whose matches starts with
     * {@code \b} before a character of {@code firstChars} (all of them word characters): on a match the
     * matcher holds it (its region then runs from the match to the end, the text around in view).
     */
    public static boolean findAtWordStarts(Matcher matcher, String text, String firstChars) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        boolean afterWord = false; // whether the character before p is a word character
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            boolean isWord = word(c);
            if (isWord && !afterWord && firstChars.indexOf(c) >= 0 && matcher.region(p, text.length()).lookingAt()) {
                return true;
            }
            afterWord = isWord;
        }
        return false;
    }

    /** A character {@code \b} counts as a word character whatever else it checks. */
    private static boolean word(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    /**
     * {@code pattern.matcher(lower).find()} for an expression on lower-case text (the tense and aspect
     * patterns) whose matches start with a word boundary and a small letter or an apostrophe: tried
     * only where such a match can start (a small letter after no ASCII word character, or an
     * apostrophe), each time with the text around in view, so the answer is the same; most positions
     * of a sentence are inside words.
     */
    public static boolean atSmallLetterStarts(Pattern pattern, String lower) {
        Matcher m = null;
        for (int p = 0; p < lower.length(); p++) {
            if (startsSmallLetterWord(lower, p)) {
                m = m == null ? tryer(pattern, lower) : m;
                if (m.region(p, lower.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The two characters every match of an expression begins with, one pair per branch ("as" for "as of",
     * "i " for the word "i" followed by a space): a word start is tried only when its first two characters
     * are one of them. Most word starts of a sentence begin no branch at all, and trying the expression
     * there was most of the work (a Matcher region and a failed {@code lookingAt} per word).
     */
    public static final class Starts {
        private final boolean[] pairs = new boolean[128 * 128];

        private Starts(String... pairs) {
            for (String pair : pairs) {
                if (pair.length() != 2 || pair.charAt(0) >= 128 || pair.charAt(1) >= 128) {
                    throw new IllegalArgumentException("a start is two ASCII characters: " + pair);
                }
                this.pairs[pair.charAt(0) * 128 + pair.charAt(1)] = true;
            }
        }

        /** The starts of an expression's branches, as pairs of characters. */
        public static Starts of(String... pairs) {
            return new Starts(pairs);
        }

        boolean at(String text, int p) {
            char c = text.charAt(p);
            char d = p + 1 < text.length() ? text.charAt(p + 1) : 0;
            return c < 128 && d < 128 && pairs[c * 128 + d];
        }
    }

    /**
     * As {@link #atSmallLetterStarts(Pattern, String)} for a pattern each of whose matches begins with one of
     * {@code starts}: only the word starts that begin so are tried.
     */
    public static boolean atSmallLetterStarts(Pattern pattern, String lower, Starts starts) {
        // The matcher is made only when there is a place worth trying: with a narrow filter most texts have none.
        int first = nextStart(lower, 0, starts);
        return first >= 0 && findAtSmallLetterStarts(pattern.matcher(lower), lower, first, starts);
    }

    /** The first place from {@code from} on where a small-letter word begins with one of {@code starts}, or -1. */
    private static int nextStart(String lower, int from, Starts starts) {
        for (int p = from; p < lower.length(); p++) {
            // The pair first: it rules out nearly every place, word start or not.
            if (starts.at(lower, p) && startsSmallLetterWord(lower, p)) {
                return p;
            }
        }
        return -1;
    }

    /** Whether a match beginning with {@code \b} and a small letter (or an apostrophe) can start at {@code p}. */
    private static boolean startsSmallLetterWord(String lower, int p) {
        char c = lower.charAt(p);
        return c == '\'' || c >= 'a' && c <= 'z' && (p == 0 || !asciiWord(lower.charAt(p - 1)));
    }

    /**
     * As {@code matcher.find(from)} for an expression on lower-case text each of whose matches starts with a
     * word boundary and one of {@code starts}: on a match the matcher holds it (its region then runs from
     * the match to the end, the text around in view).
     */
    public static boolean findAtSmallLetterStarts(Matcher matcher, String lower, int from, Starts starts) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        for (int p = nextStart(lower, from, starts); p >= 0; p = nextStart(lower, p + 1, starts)) {
            if (matcher.region(p, lower.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A matcher that tries one place at a time: {@code lookingAt} on a region from there to the end, the
     * text around in view (transparent bounds, no anchoring at the region).
     */
    private static Matcher tryer(Pattern pattern, String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static boolean asciiWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }
}
