package app.dossier.testing.pst;

import java.util.ArrayList;
import java.util.List;

/**
 * A heap-on-node ([MS-PST] 2.3.1) in one block: the HNHDR, the allocations one after the other,
 * and the page map that says where each begins. A HID is (index &lt;&lt; 5) for block 0.
 */
final class Heap {
    static final int MAX_ALLOCATION = 3580;
    private final List<byte[]> allocations = new ArrayList<>();

    int allocate(byte[] value) {
        allocations.add(value);
        return allocations.size() << 5;
    }

    /** The HID the next allocation will get. */
    int nextHid() {
        return (allocations.size() + 1) << 5;
    }

    int size() {
        int n = 12;
        for (byte[] a : allocations) {
            n += a.length;
        }
        n += n % 2;
        return n + 4 + 2 * (allocations.size() + 1);
    }

    void set(int hid, byte[] value) {
        allocations.set((hid >>> 5) - 1, value);
    }

    byte[] bytes(int clientSignature, int userRoot) {
        byte[] b = new byte[size()];
        int at = 12;
        int[] starts = new int[allocations.size() + 1];
        for (int i = 0; i < allocations.size(); i++) {
            starts[i] = at;
            System.arraycopy(allocations.get(i), 0, b, at, allocations.get(i).length);
            at += allocations.get(i).length;
        }
        starts[allocations.size()] = at;
        at += at % 2;
        Le.u16(b, 0, at);
        b[2] = (byte) 0xEC;
        b[3] = (byte) clientSignature;
        Le.u32(b, 4, userRoot);
        Le.u16(b, at, allocations.size());
        Le.u16(b, at + 2, 0);
        for (int i = 0; i < starts.length; i++) {
            Le.u16(b, at + 4 + 2 * i, starts[i]);
        }
        return b;
    }
}
