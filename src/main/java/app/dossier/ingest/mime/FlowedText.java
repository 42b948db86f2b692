package app.dossier.ingest.mime;

/**
 * Undoes RFC 3676 format=flowed: soft line breaks (a line ending in a space) are joined,
 * space-stuffing is removed, and with DelSp=yes the trailing space is dropped too.
 */
public final class FlowedText {
    private FlowedText() {
    }

    /** Like {@code split("\\r?\\n", -1)} without a regular expression, which was a hot spot at scale. */
    static String[] splitLines(String text) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                lines.add(text.substring(start, end));
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(new String[0]);
    }

    public static String unflow(String text, boolean delSp) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder paragraph = null;
        int paragraphQuotes = 0;
        String[] lines = splitLines(text);
        boolean trailingNewline = lines.length > 0 && lines[lines.length - 1].isEmpty();
        int count = trailingNewline ? lines.length - 1 : lines.length;
        for (int index = 0; index < count; index++) {
            String line = lines[index];
            int quotes = 0;
            while (quotes < line.length() && line.charAt(quotes) == '>') {
                quotes++;
            }
            String content = line.substring(quotes);
            if (content.startsWith(" ")) {
                content = content.substring(1); // space-stuffing
            }
            boolean signature = content.equals("-- ");
            boolean soft = !signature && content.endsWith(" ");
            if (paragraph != null && quotes != paragraphQuotes) {
                out.append(paragraph).append('\n');
                paragraph = null;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder(">".repeat(quotes));
                if (quotes > 0) {
                    paragraph.append(' ');
                }
                paragraphQuotes = quotes;
            }
            if (soft) {
                paragraph.append(delSp ? content.substring(0, content.length() - 1) : content);
            } else {
                paragraph.append(content);
                out.append(paragraph).append('\n');
                paragraph = null;
            }
        }
        if (paragraph != null) {
            out.append(paragraph);
        }
        if (!trailingNewline && out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
