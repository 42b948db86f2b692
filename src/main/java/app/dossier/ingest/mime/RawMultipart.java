package app.dossier.ingest.mime;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a multipart body as raw byte ranges. A detached signature covers the first part
 * exactly as it was sent, headers and all, so the decoded parts a MIME parser hands out cannot
 * be used to check it.
 */
final class RawMultipart {
    /** One part: {@code [start, end)} in the body, without the line break before the next delimiter. */
    record Part(int start, int end) {
    }

    private RawMultipart() {
    }

    static List<Part> split(byte[] data, int from, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int partStart = -1;
        int pos = from;
        int n = data.length;
        while (pos < n) {
            int lineEnd = pos;
            while (lineEnd < n && data[lineEnd] != '\n') {
                lineEnd++;
            }
            if (startsWith(data, pos, delimiter)) {
                int after = pos + delimiter.length;
                boolean close = after + 1 < n && data[after] == '-' && data[after + 1] == '-';
                if (partStart >= 0) {
                    int end = pos;
                    if (end > partStart && data[end - 1] == '\n') {
                        end--;
                        if (end > partStart && data[end - 1] == '\r') {
                            end--;
                        }
                    }
                    parts.add(new Part(partStart, Math.max(partStart, end)));
                }
                if (close) {
                    return parts;
                }
                partStart = Math.min(n, lineEnd + 1);
            }
            pos = lineEnd + 1;
        }
        return parts; // no closing delimiter: the unterminated last part is not signed content we can trust
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (at + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Every line break as CRLF: S/MIME signs the canonical form, mailbox files often store LF. */
    static byte[] canonical(byte[] data, int start, int end) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(end - start + 64);
        for (int i = start; i < end; i++) {
            byte b = data[i];
            if (b == '\n' && (i == start || data[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(b);
        }
        return out.toByteArray();
    }
}
