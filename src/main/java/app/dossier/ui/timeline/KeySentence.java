package app.dossier.ui.timeline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds an event's key sentence in the text of its source, to highlight it there. */
final class KeySentence {
    private KeySentence() {
    }

    /** Where the key sentence stands in the source text (start, end), found across line breaks; null if not found. */
    static int[] range(String source, String key) {
        if (source == null || key == null || key.isBlank()) {
            return null;
        }
        StringBuilder pattern = new StringBuilder();
        for (String w : key.strip().split("\\s+")) {
            if (pattern.length() > 0) {
                pattern.append("\\s+(?:>\\s*)*"); // the sentence may run across quoted lines
            }
            pattern.append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(pattern.toString()).matcher(source);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }
}
