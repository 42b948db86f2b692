package app.dossier.testing.pst;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The node database layer of a Unicode PST ([MS-PST] 2.2), written front to back: data blocks,
 * XBLOCKs and SLBLOCKs as they come, then the block and node B-trees, the allocation maps and last
 * the header. Nothing is encrypted (bCryptMethod NONE). Memory holds one index entry per block and
 * per node, never the data.
 */
final class NdbWriter implements Closeable {
    static final int MAX_BLOCK_DATA = 8176;
    private static final long FIRST_AMAP = 0x4400;
    private static final long AMAP_SPAN = 496L * 8 * 64;
    private static final int PMAP_EVERY = 8;
    private static final int PAGE = 512;
    private static final int MAX_XBLOCK_ENTRIES = (MAX_BLOCK_DATA - 8) / 8;
    private static final int MAX_SL_ENTRIES = (MAX_BLOCK_DATA - 8) / 24;

    /** One subnode of a node ([MS-PST] 2.2.2.8.3.3): its data and its own subnodes. */
    record Subnode(int nid, byte[] data, List<Subnode> children) {
    }

    private record NodeEntry(int nid, long bidData, long bidSub, int parent) {
    }

    private final FileChannel out;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 22);
    private long cursor = FIRST_AMAP;
    private long nextBid = 4;
    private long[] bbt = new long[3 * 4096];
    private int bbtCount;
    private final List<NodeEntry> nodes = new ArrayList<>();
    private final BitSet used = new BitSet();
    private final int[] maxIndexByType = new int[32];

    NdbWriter(Path file) throws IOException {
        out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        out.position(FIRST_AMAP);
    }

    /** A top-level node: its data (a block or an XBLOCK tree) and its subnodes (an SLBLOCK). */
    void node(int nid, int parent, byte[] data, List<Subnode> subnodes) throws IOException {
        long bidData = data(data);
        long bidSub = subnodes.isEmpty() ? 0 : subnodes(subnodes);
        nodes.add(new NodeEntry(nid, bidData, bidSub, parent));
        int type = nid & 0x1F;
        maxIndexByType[type] = Math.max(maxIndexByType[type], nid >>> 5);
    }

    private long data(byte[] data) throws IOException {
        if (data.length <= MAX_BLOCK_DATA) {
            return block(data, 0, data.length, false);
        }
        int blocks = (data.length + MAX_BLOCK_DATA - 1) / MAX_BLOCK_DATA;
        if (blocks > MAX_XBLOCK_ENTRIES) {
            throw new IllegalArgumentException("a value of " + data.length + " bytes needs an XXBLOCK, not written here");
        }
        byte[] x = new byte[8 + 8 * blocks];
        x[0] = 0x01;
        x[1] = 0x01;
        Le.u16(x, 2, blocks);
        Le.u32(x, 4, data.length);
        for (int i = 0; i < blocks; i++) {
            int off = i * MAX_BLOCK_DATA;
            Le.u64(x, 8 + 8 * i, block(data, off, Math.min(MAX_BLOCK_DATA, data.length - off), false));
        }
        return block(x, 0, x.length, true);
    }

    private long subnodes(List<Subnode> subnodes) throws IOException {
        if (subnodes.size() > MAX_SL_ENTRIES) {
            throw new IllegalArgumentException(subnodes.size() + " subnodes need an SIBLOCK, not written here");
        }
        List<Subnode> sorted = new ArrayList<>(subnodes);
        sorted.sort(Comparator.comparingLong(s -> s.nid() & 0xFFFFFFFFL));
        byte[] sl = new byte[8 + 24 * sorted.size()];
        sl[0] = 0x02;
        Le.u16(sl, 2, sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Subnode s = sorted.get(i);
            int at = 8 + 24 * i;
            Le.u64(sl, at, s.nid() & 0xFFFFFFFFL);
            Le.u64(sl, at + 8, data(s.data()));
            Le.u64(sl, at + 16, s.children().isEmpty() ? 0 : subnodes(s.children()));
        }
        return block(sl, 0, sl.length, true);
    }

    private long block(byte[] data, int off, int len, boolean internal) throws IOException {
        long bid = nextBid | (internal ? 2 : 0);
        nextBid += 4;
        int total = (len + 16 + 63) / 64 * 64;
        long ib = place(total, 64);
        byte[] b = new byte[total];
        System.arraycopy(data, off, b, 0, len);
        int t = total - 16;
        Le.u16(b, t, len);
        Le.u16(b, t + 2, PstCrc.signature(ib, bid));
        Le.u32(b, t + 4, PstCrc.crc(b, 0, len));
        Le.u64(b, t + 8, bid);
        write(ib, b);
        if (bbtCount * 3 == bbt.length) {
            bbt = Arrays.copyOf(bbt, bbt.length * 2);
        }
        bbt[3 * bbtCount] = bid;
        bbt[3 * bbtCount + 1] = ib;
        bbt[3 * bbtCount + 2] = len;
        bbtCount++;
        return bid;
    }

    /** Where the next piece of {@code size} bytes goes: aligned, never over an AMap or PMap page, never across an AMap's span. */
    private long place(int size, int align) {
        long p = (cursor + align - 1) / align * align;
        while (true) {
            long region = (p - FIRST_AMAP) / AMAP_SPAN;
            long start = FIRST_AMAP + region * AMAP_SPAN;
            long reservedEnd = start + (region % PMAP_EVERY == 0 ? 2 * PAGE : PAGE);
            if (p < reservedEnd) {
                p = (reservedEnd + align - 1) / align * align;
            } else if (p + size > start + AMAP_SPAN) {
                p = start + AMAP_SPAN;
            } else {
                return p;
            }
        }
    }

    private void write(long at, byte[] b) throws IOException {
        while (cursor < at) {
            int n = (int) Math.min(at - cursor, buffer.remaining());
            buffer.put(new byte[n]);
            cursor += n;
            if (!buffer.hasRemaining()) {
                flush();
            }
        }
        int done = 0;
        while (done < b.length) {
            int n = Math.min(b.length - done, buffer.remaining());
            buffer.put(b, done, n);
            done += n;
            if (!buffer.hasRemaining()) {
                flush();
            }
        }
        used.set((int) (at / 64), (int) ((at + b.length + 63) / 64));
        cursor = at + b.length;
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        buffer.clear();
    }

    private long[] page(byte[] entries, int count, int max, int entrySize, int level, int ptype) throws IOException {
        byte[] p = new byte[PAGE];
        System.arraycopy(entries, 0, p, 0, count * entrySize);
        p[488] = (byte) count;
        p[489] = (byte) max;
        p[490] = (byte) entrySize;
        p[491] = (byte) level;
        long bid = nextBid;
        nextBid += 4;
        long ib = place(PAGE, PAGE);
        p[496] = (byte) ptype;
        p[497] = (byte) ptype;
        Le.u16(p, 498, PstCrc.signature(ib, bid));
        Le.u32(p, 500, PstCrc.crc(p, 0, 496));
        Le.u64(p, 504, bid);
        write(ib, p);
        return new long[] {bid, ib};
    }

    /** A B-tree built bottom-up from sorted leaf entries; returns the root's BREF. */
    private long[] btree(int ptype, int entrySize, int count, long[] keys, LeafWriter leaf) throws IOException {
        int maxLeaf = 488 / entrySize;
        List<long[]> level = new ArrayList<>();
        for (int i = 0; i < count; i += maxLeaf) {
            int n = Math.min(maxLeaf, count - i);
            byte[] e = new byte[n * entrySize];
            for (int j = 0; j < n; j++) {
                leaf.write(e, j * entrySize, i + j);
            }
            long[] bref = page(e, n, maxLeaf, entrySize, 0, ptype);
            level.add(new long[] {keys[i], bref[0], bref[1]});
        }
        int depth = 1;
        while (level.size() > 1) {
            List<long[]> up = new ArrayList<>();
            int max = 488 / 24;
            for (int i = 0; i < level.size(); i += max) {
                int n = Math.min(max, level.size() - i);
                byte[] e = new byte[n * 24];
                for (int j = 0; j < n; j++) {
                    long[] child = level.get(i + j);
                    Le.u64(e, j * 24, child[0]);
                    Le.u64(e, j * 24 + 8, child[1]);
                    Le.u64(e, j * 24 + 16, child[2]);
                }
                long[] bref = page(e, n, max, 24, depth, ptype);
                up.add(new long[] {level.get(i)[0], bref[0], bref[1]});
            }
            level = up;
            depth++;
        }
        return new long[] {level.get(0)[1], level.get(0)[2]};
    }

    private interface LeafWriter {
        void write(byte[] into, int at, int index);
    }

    @Override
    public void close() throws IOException {
        try {
            finish();
        } finally {
            out.close();
        }
    }

    private void finish() throws IOException {
        nodes.sort(Comparator.comparingLong(n -> n.nid() & 0xFFFFFFFFL));
        long[] nodeKeys = nodes.stream().mapToLong(n -> n.nid() & 0xFFFFFFFFL).toArray();
        long[] nbt = btree(0x81, 32, nodes.size(), nodeKeys, (e, at, i) -> {
            NodeEntry n = nodes.get(i);
            Le.u64(e, at, n.nid() & 0xFFFFFFFFL);
            Le.u64(e, at + 8, n.bidData());
            Le.u64(e, at + 16, n.bidSub());
            Le.u32(e, at + 24, n.parent());
        });
        long[] blockKeys = new long[bbtCount];
        for (int i = 0; i < bbtCount; i++) {
            blockKeys[i] = bbt[3 * i];
        }
        long[] bbtRoot = btree(0x80, 24, bbtCount, blockKeys, (e, at, i) -> {
            Le.u64(e, at, bbt[3 * i]);
            Le.u64(e, at + 8, bbt[3 * i + 1]);
            Le.u16(e, at + 16, (int) bbt[3 * i + 2]);
            Le.u16(e, at + 18, 1);
        });
        flush();
        long eof = cursor;
        long regions = (eof - FIRST_AMAP + AMAP_SPAN - 1) / AMAP_SPAN;
        long free = 0;
        for (long r = 0; r < regions; r++) {
            long start = FIRST_AMAP + r * AMAP_SPAN;
            used.set((int) (start / 64), (int) ((start + (r % PMAP_EVERY == 0 ? 2 * PAGE : PAGE)) / 64));
            byte[] amap = new byte[PAGE];
            for (int slot = 0; slot < 496 * 8; slot++) {
                if (used.get((int) (start / 64) + slot)) {
                    amap[slot / 8] |= (byte) (0x80 >>> (slot % 8));
                } else {
                    free += 64;
                }
            }
            mapTrailer(amap, 0x84, start);
            out.write(ByteBuffer.wrap(amap), start);
            if (r % PMAP_EVERY == 0) {
                byte[] pmap = new byte[PAGE];
                Arrays.fill(pmap, 0, 496, (byte) 0xFF);
                mapTrailer(pmap, 0x83, start + PAGE);
                out.write(ByteBuffer.wrap(pmap), start + PAGE);
            }
        }
        out.write(ByteBuffer.wrap(header(eof, FIRST_AMAP + (regions - 1) * AMAP_SPAN, free, nbt, bbtRoot)), 0);
    }

    private static void mapTrailer(byte[] page, int ptype, long ib) {
        page[496] = (byte) ptype;
        page[497] = (byte) ptype;
        Le.u32(page, 500, PstCrc.crc(page, 0, 496));
        Le.u64(page, 504, ib);
    }

    private byte[] header(long eof, long lastAMap, long amapFree, long[] nbt, long[] bbtRoot) {
        byte[] h = new byte[564];
        h[0] = '!';
        h[1] = 'B';
        h[2] = 'D';
        h[3] = 'N';
        h[8] = 'S';
        h[9] = 'M';
        Le.u16(h, 10, 23);
        Le.u16(h, 12, 19);
        h[14] = 1;
        h[15] = 1;
        Le.u64(h, 32, nextBid);
        Le.u32(h, 40, 1);
        for (int type = 0; type < 32; type++) {
            int next = Math.max(0x400, maxIndexByType[type] + 1);
            Le.u32(h, 44 + 4 * type, (next << 5) | type);
        }
        Le.u64(h, 184, eof);
        Le.u64(h, 192, lastAMap);
        Le.u64(h, 200, amapFree);
        Le.u64(h, 216, nbt[0]);
        Le.u64(h, 224, nbt[1]);
        Le.u64(h, 232, bbtRoot[0]);
        Le.u64(h, 240, bbtRoot[1]);
        h[248] = 0x02;
        Arrays.fill(h, 256, 512, (byte) 0xFF);
        h[512] = (byte) 0x80;
        h[513] = 0;
        Le.u64(h, 516, nextBid);
        Le.u32(h, 4, PstCrc.crc(h, 8, 471));
        Le.u32(h, 524, PstCrc.crc(h, 8, 516));
        return h;
    }
}
