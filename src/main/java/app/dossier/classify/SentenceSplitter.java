package app.dossier.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits mail text into sentences. A line break between paragraphs or list items ends a sentence;
 * a period ends one unless it belongs to a number (10.03.2026, 4.12), an abbreviation (z. B., Dr.,
 * e.g.) or an initial.
 *
 * <p>Every message of a case goes through here, so paragraphs and line breaks are found by hand
 * rather than by regular expressions, and only as many paragraphs are read as the sentences asked
 * for need. The result is the same as that of the regular expressions it replaces (paragraph: a line
 * break, blank space with another line break in it; list item: a line break before "- ", "* ", "• ",
 * "1. " or "1) "; inside a paragraph each run of blank space with a line break becomes one space),
 * which SentenceSplitterTest checks against that first version on many texts.
 */
public final class SentenceSplitter {
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(z\\.\\s?B|d\\.\\s?h|u\\.\\s?a|bzw|ca|vgl|Nr|Dr|Prof|Hr|Fr|Mr|Mrs|Ms|St|e\\.g|i\\.e|etc|approx|No|Tel|Abs|Art|ggf|inkl|evtl|usw|Str)$");

    private static final Pattern MONTH = Pattern.compile("(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|"
            + "September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\\b");
    /** The longest abbreviation looked for, with what may stand before it. */
    private static final int ABBREVIATION_WINDOW = 12;

    private SentenceSplitter() {
    }

    public static List<String> split(String text) {
        return split(text, Integer.MAX_VALUE);
    }

    /** The first {@code max} sentences (the rest of a long text is not split at all). */
    public static List<String> split(String text, int max) {
        List<String> sentences = new ArrayList<>();
        int from = 0;
        StringBuilder current = new StringBuilder();
        while (from <= text.length() && sentences.size() < max) {
            long brk = nextBreak(text, from);
            int end = brk < 0 ? text.length() : (int) (brk >>> 32);
            String joined = joinLines(text, from, end).strip();
            current.setLength(0);
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                current.append(c);
                boolean ends = c == '!' || c == '?' || (c == '.' && !abbreviationOrNumber(joined, i, current));
                boolean followedBySpace = i + 1 >= joined.length() || Character.isWhitespace(joined.charAt(i + 1));
                if (ends && followedBySpace) {
                    add(sentences, current);
                    current.setLength(0);
                }
            }
            add(sentences, current);
            if (brk < 0) {
                break;
            }
            from = (int) brk;
        }
        return sentences.size() > max ? new ArrayList<>(sentences.subList(0, max)) : sentences;
    }

    /** Blank space as {@code \s} means it in the paragraph rule: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The next paragraph or list-item break at or after {@code from}: its start in the high and its
     * end in the low 32 bits, or -1 when there is none. A paragraph break runs from a line feed to the
     * last line feed of the blank space after it; a list-item break is the line feed alone.
     */
    private static long nextBreak(String text, int from) {
        int length = text.length();
        for (int p = text.indexOf('\n', from); p >= 0; p = text.indexOf('\n', p + 1)) {
            int q = p + 1;
            int lastFeed = -1;
            while (q < length && blank(text.charAt(q))) {
                if (text.charAt(q) == '\n') {
                    lastFeed = q;
                }
                q++;
            }
            if (lastFeed >= 0) {
                return (long) p << 32 | (lastFeed + 1);
            }
            if (listItemAt(text, q)) {
                return (long) p << 32 | (p + 1);
            }
        }
        return -1;
    }

    /** "- ", "* ", "• ", or digits and "." or ")" and blank space, at {@code at}. */
    private static boolean listItemAt(String text, int at) {
        int length = text.length();
        if (at >= length) {
            return false;
        }
        char c = text.charAt(at);
        if (c == '-' || c == '*' || c == '\u2022') {
            return at + 1 < length && blank(text.charAt(at + 1));
        }
        int r = at;
        while (r < length && text.charAt(r) >= '0' && text.charAt(r) <= '9') {
            r++;
        }
        return r > at && r < length && (text.charAt(r) == '.' || text.charAt(r) == ')') && r + 1 < length
                && blank(text.charAt(r + 1));
    }

    /** The paragraph {@code text[from, to)} with each run of blank space that holds a line break made one space. */
    private static String joinLines(String text, int from, int to) {
        StringBuilder out = null;
        int copied = from;
        int i = from;
        while (i < to) {
            if (!blank(text.charAt(i))) {
                i++;
                continue;
            }
            int run = i;
            boolean feed = false;
            while (i < to && blank(text.charAt(i))) {
                feed |= text.charAt(i) == '\n';
                i++;
            }
            if (feed) {
                if (out == null) {
                    out = new StringBuilder(to - from);
                }
                out.append(text, copied, run).append(' ');
                copied = i;
            }
        }
        if (out == null) {
            return text.substring(from, to);
        }
        return out.append(text, copied, to).toString();
    }

    private static boolean abbreviationOrNumber(String text, int dot, StringBuilder current) {
        if (dot + 1 < text.length() && Character.isDigit(text.charAt(dot + 1))) {
            return true;
        }
        // The sentence so far without the period and without blank space around it ("before").
        int start = 0;
        int end = current.length() - 1;
        while (start < end && Character.isWhitespace(current.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(current.charAt(end - 1))) {
            end--;
        }
        int space = Math.max(lastIndexOf(current, ' ', start, end), lastIndexOf(current, '(', start, end));
        int word = space < 0 ? start : space + 1;
        if (end - word == 1 && Character.isLetter(current.charAt(word))) {
            return true; // an initial or "z." of "z. B."
        }
        if (end > word && digitsAndDots(current, word, end) && dot + 2 < text.length()
                && (Character.isLowerCase(text.charAt(dot + 2))
                || MONTH.matcher(text).region(dot + 2, text.length()).lookingAt())) {
            return true; // "am 6. März", "seit dem 1. März", "wie am 24.02. angefordert"
        }
        // Only the end of the sentence so far can be an abbreviation; matching all of it made long texts quadratic.
        Matcher m = ABBREVIATION.matcher(current);
        return m.region(Math.max(start, end - ABBREVIATION_WINDOW), end).find();
    }

    private static int lastIndexOf(CharSequence s, char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static boolean digitsAndDots(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Character.isDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static void add(List<String> sentences, StringBuilder current) {
        String s = current.toString().strip();
        // A list item's bullet is not part of what was said.
        if (!s.isEmpty() && "-*\u2022\u2013".indexOf(s.charAt(0)) >= 0) {
            s = BULLET.matcher(s).replaceFirst("");
        }
        if (s.length() > 1) {
            sentences.add(s);
        }
    }

    private static final Pattern BULLET = Pattern.compile("^[-*\u2022\u2013]\\s+");
}
