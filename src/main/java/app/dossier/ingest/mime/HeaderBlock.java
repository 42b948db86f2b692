package app.dossier.ingest.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The top-level header of a message, read from the raw bytes by our own code so that raw 8-bit
 * headers (UTF-8 or Latin-1) decode as a mail client would show them, and so that every field
 * is kept in order for the raw header view.
 */
public final class HeaderBlock {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final List<HeaderField> fields;
    private final int bodyOffset;

    private HeaderBlock(List<HeaderField> fields, int bodyOffset) {
        this.fields = Collections.unmodifiableList(fields);
        this.bodyOffset = bodyOffset;
    }

    public List<HeaderField> fields() {
        return fields;
    }

    /** Where the body starts in the original bytes (after the blank line), or the length if none. */
    public int bodyOffset() {
        return bodyOffset;
    }

    public Optional<String> first(String name) {
        for (HeaderField f : fields) {
            if (f.is(name)) {
                return Optional.of(f.value());
            }
        }
        return Optional.empty();
    }

    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (HeaderField f : fields) {
            if (f.is(name)) {
                values.add(f.value());
            }
        }
        return values;
    }

    /**
     * Where the header really starts: after a byte-order mark, blank or whitespace-only lines some
     * tools write first, and an mbox envelope line ("From sender date") left in a saved file.
     */
    public static int headerStart(byte[] message) {
        int pos = 0;
        if (message.length >= 3 && (message[0] & 0xff) == 0xEF && (message[1] & 0xff) == 0xBB
                && (message[2] & 0xff) == 0xBF) {
            pos = 3;
        }
        boolean envelopeSkipped = false;
        while (pos < message.length) {
            int end = pos;
            boolean blank = true;
            while (end < message.length && message[end] != '\n') {
                byte b = message[end];
                if (b != ' ' && b != '\t' && b != '\r') {
                    blank = false;
                }
                end++;
            }
            boolean envelope = !envelopeSkipped && end - pos > 5 && message[pos] == 'F' && message[pos + 1] == 'r'
                    && message[pos + 2] == 'o' && message[pos + 3] == 'm' && message[pos + 4] == ' ';
            if (!blank && !envelope) {
                return pos;
            }
            envelopeSkipped |= envelope;
            if (end >= message.length) {
                return pos;
            }
            pos = end + 1;
        }
        return Math.min(pos, message.length);
    }

    public static HeaderBlock parse(byte[] message) {
        int start = headerStart(message);
        List<HeaderField> fields = new ArrayList<>();
        StringBuilder current = null;
        int pos = start;
        int n = message.length;
        while (pos < n) {
            int end = pos;
            while (end < n && message[end] != '\n') {
                end++;
            }
            int lineEnd = end > pos && message[end - 1] == '\r' ? end - 1 : end;
            if (lineEnd == pos) {
                // Blank line: the header ends here.
                addField(fields, current);
                return new HeaderBlock(fields, Math.min(n, end + 1));
            }
            String line = decode(message, pos, lineEnd - pos);
            boolean continuation = line.charAt(0) == ' ' || line.charAt(0) == '\t';
            if (continuation && current != null) {
                current.append(' ').append(line.strip());
            } else {
                int colon = line.indexOf(':');
                if (colon <= 0 || !isFieldName(line, colon)) {
                    if (fields.isEmpty() && current == null && !continuation) {
                        // Not a header at all: the message has no header, all of it is body.
                        return new HeaderBlock(fields, start);
                    }
                    // A malformed line inside the header: the body starts here (what mail clients do).
                    addField(fields, current);
                    return new HeaderBlock(fields, pos);
                }
                addField(fields, current);
                current = new StringBuilder(line);
            }
            pos = end + 1;
        }
        addField(fields, current);
        return new HeaderBlock(fields, n);
    }

    private static boolean isFieldName(String line, int colon) {
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (c <= 32 || c >= 127) {
                // Tolerate "Subject :" (space before the colon), common in old mail.
                return c == ' ' && line.substring(i, colon).isBlank() && i > 0;
            }
        }
        return true;
    }

    private static void addField(List<HeaderField> fields, StringBuilder raw) {
        if (raw == null) {
            return;
        }
        int colon = raw.indexOf(":");
        String name = raw.substring(0, colon).strip();
        String value = raw.substring(colon + 1).strip();
        fields.add(new HeaderField(name, value));
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (a superset of Latin-1 that never fails). */
    static String decode(byte[] bytes, int offset, int length) {
        boolean ascii = true;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, length, WINDOWS_1252);
        }
    }
}
