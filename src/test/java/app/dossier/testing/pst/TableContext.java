package app.dossier.testing.pst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A table context ([MS-PST] 2.3.4) whose columns are all 32-bit integers: the row id
 * (PidTagLtpRowId) and row version first, as the format wants, then the given columns. The row
 * index is a one-level BTH, so a table holds at most {@link #MAX_ROWS} rows; the row matrix sits
 * on the heap when small and in a subnode (whole rows per 8,176-byte block) when not.
 */
final class TableContext {
    static final int MAX_ROWS = Heap.MAX_ALLOCATION / 8;
    private static final int ROW_ID = 0x67F2;
    private static final int ROW_VERSION = 0x67F3;
    private final int[] columnIds;
    private final List<int[]> rows = new ArrayList<>();

    TableContext(int... extraColumnIds) {
        columnIds = new int[extraColumnIds.length + 2];
        columnIds[0] = ROW_ID;
        columnIds[1] = ROW_VERSION;
        System.arraycopy(extraColumnIds, 0, columnIds, 2, extraColumnIds.length);
    }

    /** A row: its id (the NID it points at) and one value per extra column. */
    TableContext row(int rowId, int... extras) {
        if (rows.size() == MAX_ROWS) {
            throw new IllegalStateException("more than " + MAX_ROWS + " rows need a multi-level row index");
        }
        int[] r = new int[columnIds.length];
        r[0] = rowId;
        r[1] = 1;
        System.arraycopy(extras, 0, r, 2, extras.length);
        rows.add(r);
        return this;
    }

    int size() {
        return rows.size();
    }

    PropertyContext.Built build(NidCounter subnodeNids) {
        int n = columnIds.length;
        int bitmapBytes = (n + 7) / 8;
        int rowSize = 4 * n + bitmapBytes;
        Heap heap = new Heap();
        byte[] bth = new byte[8];
        int bthHid = heap.allocate(bth);
        byte[] info = new byte[22 + 8 * n];
        int infoHid = heap.allocate(info);
        List<NdbWriter.Subnode> subnodes = new ArrayList<>();
        if (!rows.isEmpty()) {
            Integer[] order = new Integer[rows.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingLong(i -> rows.get(i)[0] & 0xFFFFFFFFL));
            byte[] index = new byte[8 * rows.size()];
            for (int i = 0; i < order.length; i++) {
                Le.u32(index, 8 * i, rows.get(order[i])[0]);
                Le.u32(index, 8 * i + 4, order[i]);
            }
            int indexHid = heap.allocate(index);
            bth[0] = (byte) 0xB5;
            bth[1] = 4;
            bth[2] = 4;
            Le.u32(bth, 4, indexHid);
        } else {
            bth[0] = (byte) 0xB5;
            bth[1] = 4;
            bth[2] = 4;
        }
        int rowsHnid = 0;
        if (!rows.isEmpty()) {
            int perBlock = NdbWriter.MAX_BLOCK_DATA / rowSize;
            int blocks = (rows.size() + perBlock - 1) / perBlock;
            boolean onHeap = rows.size() * rowSize <= Heap.MAX_ALLOCATION;
            byte[] matrix = new byte[onHeap ? rows.size() * rowSize
                    : (blocks - 1) * NdbWriter.MAX_BLOCK_DATA + (rows.size() - (blocks - 1) * perBlock) * rowSize];
            for (int i = 0; i < rows.size(); i++) {
                int at = onHeap ? i * rowSize : (i / perBlock) * NdbWriter.MAX_BLOCK_DATA + (i % perBlock) * rowSize;
                for (int c = 0; c < n; c++) {
                    Le.u32(matrix, at + 4 * c, rows.get(i)[c]);
                }
                // Every column is present in every row; all bits set reads the same whichever bit order a reader uses.
                Arrays.fill(matrix, at + 4 * n, at + rowSize, (byte) 0xFF);
            }
            if (onHeap) {
                rowsHnid = heap.allocate(matrix);
            } else {
                rowsHnid = subnodeNids.next();
                subnodes.add(new NdbWriter.Subnode(rowsHnid, matrix, List.of()));
            }
        }
        info[0] = 0x7C;
        info[1] = (byte) n;
        Le.u16(info, 2, 4 * n);
        Le.u16(info, 4, 4 * n);
        Le.u16(info, 6, 4 * n);
        Le.u16(info, 8, rowSize);
        Le.u32(info, 10, bthHid);
        Le.u32(info, 14, rowsHnid);
        Integer[] byTag = new Integer[n];
        for (int c = 0; c < n; c++) {
            byTag[c] = c;
        }
        Arrays.sort(byTag, Comparator.comparingInt(c -> columnIds[c]));
        for (int k = 0; k < n; k++) {
            int c = byTag[k];
            int at = 22 + 8 * k;
            Le.u32(info, at, (columnIds[c] << 16) | PropertyContext.INT32);
            Le.u16(info, at + 4, 4 * c);
            info[at + 6] = 4;
            info[at + 7] = (byte) c;
        }
        return new PropertyContext.Built(heap.bytes(0x7C, infoHid), subnodes);
    }
}
