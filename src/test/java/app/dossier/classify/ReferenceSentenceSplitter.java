package app.dossier.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@link SentenceSplitter} as it was written first, with regular expressions throughout: the
 * reference that the fast splitter must agree with on every text (see SentenceSplitterTest).
 */
final class ReferenceSentenceSplitter {
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(z\\.\\s?B|d\\.\\s?h|u\\.\\s?a|bzw|ca|vgl|Nr|Dr|Prof|Hr|Fr|Mr|Mrs|Ms|St|e\\.g|i\\.e|etc|approx|No|Tel|Abs|Art|ggf|inkl|evtl|usw|Str)$");

    private static final Pattern MONTH = Pattern.compile("(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|"
            + "September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\\b");

    private ReferenceSentenceSplitter() {
    }

    static List<String> split(String text) {
        return split(text, Integer.MAX_VALUE);
    }

    /** The first {@code max} sentences (the rest of a long text is not split at all). */
    static List<String> split(String text, int max) {
        List<String> sentences = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n|\\n(?=\\s*([-*•]|\\d+[.)])\\s)")) {
            if (sentences.size() >= max) {
                break;
            }
            String joined = block.replaceAll("\\s*\\n\\s*", " ").strip();
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < joined.length(); i++) {
                char c = joined.charAt(i);
                current.append(c);
                boolean end = c == '!' || c == '?' || (c == '.' && !abbreviationOrNumber(joined, i, current));
                boolean followedBySpace = i + 1 >= joined.length() || Character.isWhitespace(joined.charAt(i + 1));
                if (end && followedBySpace) {
                    add(sentences, current);
                    current.setLength(0);
                }
            }
            add(sentences, current);
        }
        return sentences.size() > max ? new ArrayList<>(sentences.subList(0, max)) : sentences;
    }

    private static boolean abbreviationOrNumber(String text, int dot, StringBuilder current) {
        if (dot + 1 < text.length() && Character.isDigit(text.charAt(dot + 1))) {
            return true;
        }
        String before = current.substring(0, current.length() - 1).strip();
        int space = Math.max(before.lastIndexOf(' '), before.lastIndexOf('('));
        String word = before.substring(space + 1);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // an initial or "z." of "z. B."
        }
        if (!word.isEmpty() && word.chars().allMatch(c -> Character.isDigit(c) || c == '.') && dot + 2 < text.length()
                && (Character.isLowerCase(text.charAt(dot + 2)) || MONTH.matcher(text.substring(dot + 2)).lookingAt())) {
            return true; // "am 6. März", "seit dem 1. März", "wie am 24.02. angefordert"
        }
        // Only the end of the sentence so far can be an abbreviation; matching all of it made long texts quadratic.
        return ABBREVIATION.matcher(before.substring(Math.max(0, before.length() - 12))).find();
    }

    private static void add(List<String> sentences, StringBuilder current) {
        // A list item's bullet is not part of what was said.
        String s = current.toString().strip().replaceFirst("^[-*\u2022\u2013]\\s+", "");
        if (s.length() > 1) {
            sentences.add(s);
        }
    }
}
