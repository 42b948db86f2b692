package app.dossier.ingest.source;

import java.util.Arrays;

/**
 * A byte buffer that grows and hands out its array without copying; ByteArrayOutputStream's
 * synchronisation and final copy were measurable when splitting gigabyte mailboxes.
 */
final class GrowableBytes {
    private byte[] buffer;
    private int size;

    GrowableBytes(int initial) {
        buffer = new byte[initial];
    }

    void write(byte[] data, int offset, int length) {
        if (size + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
        }
        System.arraycopy(data, offset, buffer, size, length);
        size += length;
    }

    void reset() {
        size = 0;
    }

    int size() {
        return size;
    }

    /** The backing array; only the first {@link #size()} bytes are content. */
    byte[] buffer() {
        return buffer;
    }
}
