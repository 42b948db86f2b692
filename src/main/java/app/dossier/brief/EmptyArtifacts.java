package app.dossier.brief;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Removes the artifacts that mark nothing: {@code /Artifact /PropN BDC EMC} with no operator in
 * between, and their property lists. OpenHTMLtoPDF opens a background artifact for every box it
 * paints, whether or not the box has a background or border (its test whether a box has any is
 * always true, since a box's {@code background-image} is never the ident {@code none}), so a page
 * of the timeline carried about 450 of them and only a few drew anything. In the 3,000-event
 * briefing that was 196,000 of 205,000 property lists: each a dictionary with a box array in memory
 * until the save, copied by the join and written by the save. An empty marked-content sequence
 * draws nothing and is no part of the structure tree, so the pages look and read the same.
 *
 * <p>The content stream is read as PDF tokens (strings, comments and dictionaries skipped as
 * such), so text that happens to spell the same operators is never touched. A page with an inline
 * image (binary data after {@code ID}) or with several content streams is left as it is.
 */
final class EmptyArtifacts {
    private static final byte[] ARTIFACT = "/Artifact".getBytes(StandardCharsets.US_ASCII);

    /** Cleans every page of {@code document}; returns how many empty artifacts were removed. */
    int remove(PDDocument document) throws IOException {
        int removed = 0;
        for (PDPage page : document.getPages()) {
            removed += remove(page);
        }
        return removed;
    }

    private int remove(PDPage page) throws IOException {
        if (!(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSStream stream)) {
            return 0;
        }
        byte[] content;
        try (InputStream in = stream.createInputStream()) {
            content = in.readAllBytes();
        }
        Cleaned cleaned = clean(content);
        if (cleaned == null || cleaned.count() == 0) {
            return 0;
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cleaned.content());
        }
        COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
        COSDictionary lists = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
        if (lists != null) {
            for (COSName name : cleaned.names()) {
                lists.removeItem(name);
            }
        }
        return cleaned.count();
    }

    /**
     * A content stream without its empty artifacts, the property names only they used (a name also
     * used by a marked-content operator that stays is not among them), and how many there were.
     */
    record Cleaned(byte[] content, Set<COSName> names, int count) {
    }

    /** The content without its empty artifacts (nested ones too), or null if it holds an inline image. */
    static Cleaned clean(byte[] in) {
        Output out = new Output(in.length);
        Map<COSName, Integer> removed = new HashMap<>();
        // Property lists are named only by the operand before BDC and DP: how often each name is
        // used there, so that a list still used by marked content that stays is kept.
        Map<COSName, Integer> uses = new HashMap<>();
        int count = 0;
        int at = skipSpace(in, 0);
        int previous = -1; // where the token before this one starts in the input
        int previousEnd = -1;
        while (at < in.length) {
            int end = tokenEnd(in, at);
            int next = skipSpace(in, end); // each token is copied with the white space after it
            if (isOperator(in, at, end, "ID")) {
                return null;
            }
            if ((isOperator(in, at, end, "BDC") || isOperator(in, at, end, "DP")) && previous >= 0 && in[previous] == '/') {
                uses.merge(name(in, previous, previousEnd), 1, Integer::sum);
            }
            if (isOperator(in, at, end, "EMC") && out.emptyArtifactOpen()) {
                removed.merge(out.popArtifact(), 1, Integer::sum);
                count++;
            } else {
                out.token(in, at, end, next);
            }
            previous = at;
            previousEnd = end;
            at = next;
        }
        Set<COSName> names = new HashSet<>();
        removed.forEach((name, n) -> {
            if (n.equals(uses.get(name))) {
                names.add(name);
            }
        });
        return new Cleaned(out.bytes(), names, count);
    }

    private static COSName name(byte[] b, int start, int end) {
        return COSName.getPDFName(new String(b, start + 1, end - start - 1, StandardCharsets.ISO_8859_1));
    }

    /**
     * The content being written, with where each of its tokens starts and ends, so that an {@code
     * EMC} right after {@code /Artifact /Name BDC} takes all four away.
     */
    private static final class Output {
        private byte[] bytes;
        private int length;
        /** Where each token written starts and ends in {@link #bytes} (a stack: popping leaves the ones before). */
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private int tokens;

        Output(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        void token(byte[] in, int start, int end, int next) {
            int n = next - start;
            if (length + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
            }
            if (tokens == starts.length) {
                starts = Arrays.copyOf(starts, tokens * 2);
                ends = Arrays.copyOf(ends, tokens * 2);
            }
            starts[tokens] = length;
            ends[tokens] = length + (end - start);
            tokens++;
            System.arraycopy(in, start, bytes, length, n);
            length += n;
        }

        /** Whether the last three tokens are {@code /Artifact /Name BDC}. */
        boolean emptyArtifactOpen() {
            if (tokens < 3) {
                return false;
            }
            int artifact = tokens - 3;
            int name = tokens - 2;
            int bdc = tokens - 1;
            return Arrays.equals(bytes, starts[artifact], ends[artifact], ARTIFACT, 0, ARTIFACT.length)
                    && bytes[starts[name]] == '/' && ends[name] - starts[name] > 1
                    && isOperator(bytes, starts[bdc], ends[bdc], "BDC");
        }

        /** Takes the open artifact's three tokens away; returns its property name. */
        COSName popArtifact() {
            int name = tokens - 2;
            COSName property = EmptyArtifacts.name(bytes, starts[name], ends[name]);
            tokens -= 3;
            length = starts[tokens];
            return property;
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, length);
        }
    }

    private static boolean isOperator(byte[] b, int start, int end, String op) {
        if (end - start != op.length()) {
            return false;
        }
        for (int i = 0; i < op.length(); i++) {
            if (b[start + i] != op.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** PDF's character classes (ISO 32000, 7.2.2): white space, delimiters, the rest regular. */
    private static final byte REGULAR = 0;
    private static final byte SPACE = 1;
    private static final byte DELIMITER = 2;
    private static final byte[] CLASS = new byte[256];

    static {
        for (char c : new char[] {0, 9, 10, 12, 13, 32}) {
            CLASS[c] = SPACE;
        }
        for (char c : "()<>[]{}/%".toCharArray()) {
            CLASS[c] = DELIMITER;
        }
    }

    private static boolean isSpace(byte c) {
        return CLASS[c & 0xff] == SPACE;
    }

    private static boolean isDelimiter(byte c) {
        return CLASS[c & 0xff] == DELIMITER;
    }

    private static boolean isRegular(byte c) {
        return CLASS[c & 0xff] == REGULAR;
    }

    /** Past white space and comments. */
    private static int skipSpace(byte[] b, int at) {
        while (at < b.length) {
            if (isSpace(b[at])) {
                at++;
            } else if (b[at] == '%') {
                while (at < b.length && b[at] != '\n' && b[at] != '\r') {
                    at++;
                }
            } else {
                break;
            }
        }
        return at;
    }

    /** The end of the token starting at {@code at} (not white space): a string, a name, a delimiter, or a run of regular characters. */
    private static int tokenEnd(byte[] b, int at) {
        byte c = b[at];
        if (c == '(') {
            int depth = 0;
            for (int i = at; i < b.length; i++) {
                if (b[i] == '\\') {
                    i++;
                } else if (b[i] == '(') {
                    depth++;
                } else if (b[i] == ')' && --depth == 0) {
                    return i + 1;
                }
            }
            return b.length;
        }
        if (c == '<') {
            if (at + 1 < b.length && b[at + 1] == '<') {
                return at + 2;
            }
            for (int i = at + 1; i < b.length; i++) {
                if (b[i] == '>') {
                    return i + 1;
                }
            }
            return b.length;
        }
        if (c == '>' && at + 1 < b.length && b[at + 1] == '>') {
            return at + 2;
        }
        if (c == '/') {
            int i = at + 1;
            while (i < b.length && isRegular(b[i])) {
                i++;
            }
            return i;
        }
        if (isDelimiter(c)) {
            return at + 1;
        }
        int i = at;
        while (i < b.length && isRegular(b[i])) {
            i++;
        }
        return i;
    }
}
