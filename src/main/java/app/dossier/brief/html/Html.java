package app.dossier.brief.html;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Writes the briefing as XHTML (OpenHTMLtoPDF reads XML): every piece of text goes through
 * {@link #text}, which removes the redacted terms before escaping, so no redacted string can reach
 * the PDF by any path — body, header, bookmark or title.
 */
public final class Html {
    private final StringBuilder out = new StringBuilder(1 << 16);
    private final Redactor redactor;
    private final String redactedMark;

    public Html(Redactor redactor, String redactedMark) {
        this.redactor = redactor;
        this.redactedMark = redactedMark;
    }

    /** A start tag; {@code attributes} are name, value pairs (values are escaped, never redacted: ids and links). */
    public Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    public Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    public Html element(String tag, String text, String... attributes) {
        open(tag, attributes);
        text(text);
        return close(tag);
    }

    /** An element with no content ({@code <br/>}). */
    public Html empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** Text, redacted and escaped. */
    public Html text(String text) {
        return marked(text == null ? "" : text, List.of());
    }

    /** The text with nothing removed: for the document's own words (labels, headings), never for case data. */
    public Html label(String text) {
        escape(text, out);
        return this;
    }

    /**
     * Text with spans highlighted: each span is written as {@code <span class="...">}; redacted
     * places inside and outside spans are replaced by the mark.
     */
    public Html marked(String text, List<Span> spans) {
        String clean = xmlSafe(text);
        List<int[]> removed = redactor.find(clean);
        if (spans.isEmpty() && removed.isEmpty()) {
            escape(clean, out);
            return this;
        }
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, clean.length()));
        for (Span s : spans) {
            cuts.add(Math.max(0, Math.min(clean.length(), s.start())));
            cuts.add(Math.max(0, Math.min(clean.length(), s.end())));
        }
        removed.forEach(r -> {
            cuts.add(r[0]);
            cuts.add(r[1]);
        });
        List<Integer> points = new ArrayList<>(cuts);
        int removedPlaces = 0;
        int lastRemoved = -1;
        for (int i = 0; i + 1 < points.size(); i++) {
            int from = points.get(i);
            int to = points.get(i + 1);
            int[] hole = covering(removed, from, to);
            Span span = coveringSpan(spans, from, to);
            if (span != null) {
                out.append("<span class=\"").append(span.cssClass()).append("\">");
            }
            if (hole != null) {
                // One mark per removed place, even when a highlight boundary cuts it in two.
                if (hole[0] != lastRemoved) {
                    out.append("<span class=\"redacted\">");
                    escape(redactedMark, out);
                    out.append("</span>");
                    lastRemoved = hole[0];
                    removedPlaces++;
                }
            } else {
                escape(clean.substring(from, to), out);
            }
            if (span != null) {
                out.append("</span>");
            }
        }
        redactor.counted(removedPlaces);
        return this;
    }

    /** Case data for places that hold plain text only (bookmark names, the page header, the title). */
    public String plain(String text) {
        return redactor.replace(xmlSafe(text == null ? "" : text), redactedMark);
    }

    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** How many characters are written so far. */
    public int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** A highlighted range of a text and the CSS class that colours it. */
    public record Span(int start, int end, String cssClass) {
    }

    private static int[] covering(List<int[]> ranges, int from, int to) {
        for (int[] r : ranges) {
            if (r[0] <= from && to <= r[1]) {
                return r;
            }
        }
        return null;
    }

    private static Span coveringSpan(List<Span> spans, int from, int to) {
        for (Span s : spans) {
            if (s.start() <= from && to <= s.end()) {
                return s;
            }
        }
        return null;
    }

    private void attributes(String... attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], out);
            out.append('"');
        }
    }

    /** Drops what XML 1.0 cannot carry (control characters from broken mail), keeps tabs and line breaks. */
    static String xmlSafe(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            if (Character.isSurrogate(c)) {
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (pair) {
                    if (clean != null) {
                        clean.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                ok = false;
            }
            if (!ok && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (clean != null && ok) {
                clean.append(c);
            }
        }
        return clean == null ? text : clean.toString();
    }

    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
