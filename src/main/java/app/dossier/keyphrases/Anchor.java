package app.dossier.keyphrases;

import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.Highlight;
import app.dossier.model.PhraseCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anchors a key phrase so that it survives a re-import (other line endings, other wrapping), a
 * re-parse and a rebuilt index: the exact quote, up to {@value #CONTEXT} characters before and after
 * it, and its position. Re-finding looks for the quote with any whitespace between its words, weighs
 * each place by how well the text around it matches the stored context, and gives up — rather than
 * mark the wrong words — when the quote is gone or two places are equally likely.
 */
public final class Anchor {
    static final int CONTEXT = 40;

    private Anchor() {
    }

    /** A new phrase over {@code text[start, end)}, whitespace at both ends left out. */
    public static Highlight create(SourceKind kind, long sourceId, String text, int start, int end,
                                   PhraseCategory category, String custom, String note, int order, boolean suggested) {
        int from = Math.max(0, start);
        int to = Math.min(text.length(), end);
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to <= from) {
            throw new IllegalArgumentException("nothing selected");
        }
        return new Highlight(0, kind, sourceId, text.substring(from, to),
                text.substring(Math.max(0, from - CONTEXT), from), text.substring(to, Math.min(text.length(), to + CONTEXT)),
                from, to, category, custom, note, true, order, suggested);
    }

    /** Where {@code h} stands in {@code text} now, or empty when it cannot be found for sure. */
    public static Optional<int[]> find(String text, Highlight h) {
        List<int[]> places = occurrences(text, h.quote());
        if (places.isEmpty()) {
            return Optional.empty();
        }
        if (places.size() == 1) {
            return Optional.of(places.get(0));
        }
        int[] best = null;
        int bestScore = -1;
        boolean tie = false;
        for (int[] place : places) {
            int score = contextScore(text, place[0], place[1], h);
            if (score > bestScore) {
                best = place;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        if (tie) {
            // Same words, same surroundings: only the unchanged position can tell them apart.
            return places.stream().filter(p -> p[0] == h.start()).findFirst();
        }
        return Optional.of(best);
    }

    /** Every place the words of {@code quote} stand in {@code text}, with any whitespace (or quoting '>') between them. */
    public static List<int[]> occurrences(String text, String quote) {
        List<int[]> places = new ArrayList<>();
        String[] words = quote.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return places;
        }
        StringBuilder pattern = new StringBuilder();
        for (String w : words) {
            if (pattern.length() > 0) {
                pattern.append("\\s+(?:>+\\s*)*");
            }
            pattern.append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(pattern.toString()).matcher(text);
        while (m.find()) {
            places.add(new int[] {m.start(), m.end()});
        }
        return places;
    }

    /** How many characters of the stored context (whitespace collapsed) the text around a place agrees with. */
    static int contextScore(String text, int start, int end, Highlight h) {
        String before = collapse(text.substring(Math.max(0, start - CONTEXT * 2), start));
        String after = collapse(text.substring(end, Math.min(text.length(), end + CONTEXT * 2)));
        return commonSuffix(before, collapse(h.prefix())) + commonPrefix(after, collapse(h.suffix()));
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
