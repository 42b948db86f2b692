package app.dossier.ingest.mime;

/**
 * Undoes RFC 3676 format=flowed: soft line breaks (a line ending in a space) are joined,
 * space-stuffing is removed, and with DelSp=yes the trailing space is dropped too.
 */
public final class FlowedText {
    private FlowedText() {
    }

    /** One pass over the text, without splitting it into lines first: this runs on every mail imported. */
    public static String unflow(String text, boolean delSp) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        boolean open = false;
        int openQuotes = 0;
        int i = 0;
        while (i < n) {
            int end = text.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            int lineEnd = end > i && text.charAt(end - 1) == '\r' ? end - 1 : end;
            int quotes = 0;
            while (i + quotes < lineEnd && text.charAt(i + quotes) == '>') {
                quotes++;
            }
            int start = i + quotes;
            if (start < lineEnd && text.charAt(start) == ' ') {
                start++; // space-stuffing
            }
            boolean signature = lineEnd - start == 3 && text.startsWith("-- ", start);
            boolean soft = !signature && lineEnd > start && text.charAt(lineEnd - 1) == ' ';
            if (open && quotes != openQuotes) {
                out.append('\n');
                open = false;
            }
            if (!open) {
                for (int q = 0; q < quotes; q++) {
                    out.append('>');
                }
                if (quotes > 0) {
                    out.append(' ');
                }
                openQuotes = quotes;
                open = true;
            }
            out.append(text, start, soft && delSp ? lineEnd - 1 : lineEnd);
            if (!soft) {
                out.append('\n');
                open = false;
            }
            i = end + 1;
        }
        if (!text.endsWith("\n") && out.length() > 0 && out.charAt(out.length() - 1) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
