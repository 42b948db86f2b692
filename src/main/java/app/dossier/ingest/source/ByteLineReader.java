package app.dossier.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads raw lines (bytes, line ending included) from a stream, remembering each line's byte
 * offset, with one line of look-ahead. No character decoding happens here: the bytes are evidence.
 */
final class ByteLineReader {
    /** One line as read; {@code bytes} includes its LF or CRLF, if any. */
    record Line(byte[] bytes, long offset) {
        boolean isBlank() {
            return bytes.length == 0 || (bytes.length == 1 && bytes[0] == '\n')
                    || (bytes.length == 2 && bytes[0] == '\r' && bytes[1] == '\n');
        }

        boolean startsWith(byte[] prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (bytes[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int CHUNK = 1 << 16;

    private final InputStream in;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkLen;
    private long offset;
    private final java.util.ArrayDeque<Line> ahead = new java.util.ArrayDeque<>();
    private boolean eof;

    ByteLineReader(InputStream in, long startOffset) {
        this.in = in;
        this.offset = startOffset;
    }

    /** The next line without consuming it, or null at the end. */
    Line peek() throws IOException {
        return fill(1) ? ahead.peekFirst() : null;
    }

    /** The line after the next one, or null. */
    Line peekAfter() throws IOException {
        if (!fill(2)) {
            return null;
        }
        var it = ahead.iterator();
        it.next();
        return it.next();
    }

    /** The next line, or null at the end. */
    Line next() throws IOException {
        return fill(1) ? ahead.pollFirst() : null;
    }

    boolean hasMore() throws IOException {
        return peek() != null;
    }

    /** Puts lines back in front, in their original order, to be read again. */
    void pushBack(java.util.List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            ahead.addFirst(lines.get(i));
        }
    }

    /** Byte offset of the next unread line. */
    long position() {
        return ahead.isEmpty() ? offset : ahead.peekFirst().offset();
    }

    private boolean fill(int count) throws IOException {
        while (ahead.size() < count) {
            Line line = readRaw();
            if (line == null) {
                return false;
            }
            ahead.addLast(line);
        }
        return true;
    }

    private Line readRaw() throws IOException {
        if (eof) {
            return null;
        }
        long start = offset;
        byte[] line = null;
        int lineLen = 0;
        while (true) {
            if (chunkPos >= chunkLen) {
                chunkLen = in.read(chunk, 0, CHUNK);
                chunkPos = 0;
                if (chunkLen <= 0) {
                    chunkLen = 0;
                    eof = true;
                    if (lineLen == 0) {
                        return null;
                    }
                    return new Line(Arrays.copyOf(line, lineLen), start);
                }
            }
            int end = chunkPos;
            while (end < chunkLen && chunk[end] != '\n') {
                end++;
            }
            boolean complete = end < chunkLen;
            int take = (complete ? end + 1 : end) - chunkPos;
            if (line == null && complete) {
                byte[] whole = Arrays.copyOfRange(chunk, chunkPos, chunkPos + take);
                chunkPos += take;
                offset += take;
                return new Line(whole, start);
            }
            if (line == null) {
                line = new byte[Math.max(256, take * 2)];
            } else if (lineLen + take > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, lineLen + take));
            }
            System.arraycopy(chunk, chunkPos, line, lineLen, take);
            lineLen += take;
            chunkPos += take;
            offset += take;
            if (complete) {
                return new Line(Arrays.copyOf(line, lineLen), start);
            }
        }
    }
}
