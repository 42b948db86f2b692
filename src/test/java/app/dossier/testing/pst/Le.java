package app.dossier.testing.pst;

/** Little-endian stores into byte arrays, the only byte order of a PST. */
final class Le {
    private Le() {
    }

    static void u16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
    }

    static void u32(byte[] b, int at, int v) {
        u16(b, at, v);
        u16(b, at + 2, v >>> 16);
    }

    static void u64(byte[] b, int at, long v) {
        u32(b, at, (int) v);
        u32(b, at + 4, (int) (v >>> 32));
    }
}
