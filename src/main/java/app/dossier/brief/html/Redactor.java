package app.dossier.brief.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the redacted terms in text before it is written into the document, and counts the places,
 * so the briefing can say how many there were. One per rendering: the count is that briefing's.
 */
public final class Redactor {
    private final Pattern pattern;
    private int places;

    /** {@code terms} longest first, so a longer term wins over a shorter one it contains. */
    public Redactor(List<String> terms) {
        if (terms.isEmpty()) {
            this.pattern = null;
        } else {
            StringBuilder alternatives = new StringBuilder();
            for (String t : terms) {
                if (alternatives.length() > 0) {
                    alternatives.append('|');
                }
                alternatives.append(Pattern.quote(t));
            }
            this.pattern = Pattern.compile(alternatives.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** The places in {@code text} to remove, as [start, end) pairs in order, not overlapping. */
    public List<int[]> find(String text) {
        List<int[]> found = new ArrayList<>();
        if (pattern == null || text.isEmpty()) {
            return found;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                found.add(new int[] {m.start(), m.end()});
            }
        }
        return found;
    }

    /** {@code text} with every term replaced by {@code mark}, counting each place. */
    public String replace(String text, String mark) {
        if (pattern == null || text.isEmpty()) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(mark);
            last = m.end();
            places++;
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    void counted(int more) {
        places += more;
    }

    /** How many places were removed so far. */
    public int places() {
        return places;
    }

    public boolean active() {
        return pattern != null;
    }
}
