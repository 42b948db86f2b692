package app.dossier.testing.pst;

/**
 * The two checks [MS-PST] puts on pages and blocks: its CRC (the CRC-32 table of polynomial
 * 0xEDB88320, started at 0 and never inverted, so java.util.zip.CRC32 does not fit) and the
 * signature that ties a block or page to its offset and id.
 */
final class PstCrc {
    private static final int[] TABLE = table();

    private PstCrc() {
    }

    static int crc(byte[] b, int off, int len) {
        int crc = 0;
        for (int i = off; i < off + len; i++) {
            crc = TABLE[(crc ^ b[i]) & 0xFF] ^ (crc >>> 8);
        }
        return crc;
    }

    static short signature(long ib, long bid) {
        long x = ib ^ bid;
        return (short) ((x >>> 16) ^ x);
    }

    private static int[] table() {
        int[] t = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            t[n] = c;
        }
        return t;
    }
}
