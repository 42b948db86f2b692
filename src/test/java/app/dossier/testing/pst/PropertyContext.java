package app.dossier.testing.pst;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * A property context ([MS-PST] 2.3.3): a BTH of (property id → type, value or HNID) on a heap.
 * Values of four bytes or less sit in the record; others on the heap; a value too big for the
 * heap goes into a subnode of its own.
 */
final class PropertyContext {
    static final int INT16 = 0x0002;
    static final int INT32 = 0x0003;
    static final int BOOLEAN = 0x000B;
    static final int INT64 = 0x0014;
    static final int UNICODE = 0x001F;
    static final int TIME = 0x0040;
    static final int BINARY = 0x0102;

    private record Prop(int type, int inline, byte[] bytes) {
    }

    /** The PC as node data and the subnodes it needs. */
    record Built(byte[] data, List<NdbWriter.Subnode> subnodes) {
    }

    private final TreeMap<Integer, Prop> props = new TreeMap<>();

    PropertyContext integer(int id, int value) {
        props.put(id, new Prop(INT32, value, null));
        return this;
    }

    PropertyContext bool(int id, boolean value) {
        props.put(id, new Prop(BOOLEAN, value ? 1 : 0, null));
        return this;
    }

    PropertyContext string(int id, String value) {
        if (value != null) {
            props.put(id, new Prop(UNICODE, 0, value.getBytes(StandardCharsets.UTF_16LE)));
        }
        return this;
    }

    PropertyContext binary(int id, byte[] value) {
        props.put(id, new Prop(BINARY, 0, value));
        return this;
    }

    PropertyContext time(int id, Instant when) {
        if (when != null) {
            byte[] b = new byte[8];
            Le.u64(b, 0, Filetime.of(when));
            props.put(id, new Prop(TIME, 0, b));
        }
        return this;
    }

    /** Builds the PC; {@code subnodeNids} hands out NIDs (type NID_TYPE_LTP) for values kept in subnodes. */
    Built build(NidCounter subnodeNids) {
        List<Integer> ids = new ArrayList<>(props.keySet());
        List<Integer> inSubnode = new ArrayList<>();
        for (Integer id : ids) {
            Prop p = props.get(id);
            if (p.bytes() != null && p.bytes().length > 1024) {
                inSubnode.add(id);
            }
        }
        while (true) {
            Built built = tryBuild(ids, inSubnode, subnodeNids.copy());
            if (built != null) {
                tryBuild(ids, inSubnode, subnodeNids);
                return built;
            }
            ids.stream().filter(id -> props.get(id).bytes() != null && props.get(id).type() != INT64
                            && props.get(id).type() != TIME && !inSubnode.contains(id))
                    .max(Comparator.comparingInt(id -> props.get(id).bytes().length))
                    .ifPresentOrElse(inSubnode::add, () -> {
                        throw new IllegalStateException("a property context that cannot fit one block");
                    });
        }
    }

    private Built tryBuild(List<Integer> ids, List<Integer> inSubnode, NidCounter nids) {
        Heap heap = new Heap();
        byte[] header = new byte[8];
        int headerHid = heap.allocate(header);
        int recordsHid = heap.allocate(new byte[8 * ids.size()]);
        byte[] records = new byte[8 * ids.size()];
        List<NdbWriter.Subnode> subnodes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int id = ids.get(i);
            Prop p = props.get(id);
            int value;
            if (p.bytes() == null) {
                value = p.inline();
            } else if (inSubnode.contains(id)) {
                value = nids.next();
                subnodes.add(new NdbWriter.Subnode(value, p.bytes(), List.of()));
            } else if (p.bytes().length == 0) {
                value = 0;
            } else {
                value = heap.allocate(p.bytes());
            }
            Le.u16(records, 8 * i, id);
            Le.u16(records, 8 * i + 2, p.type());
            Le.u32(records, 8 * i + 4, value);
        }
        heap.set(recordsHid, records);
        header[0] = (byte) 0xB5;
        header[1] = 2;
        header[2] = 6;
        header[3] = 0;
        Le.u32(header, 4, ids.isEmpty() ? 0 : recordsHid);
        if (heap.size() > NdbWriter.MAX_BLOCK_DATA) {
            return null;
        }
        return new Built(heap.bytes(0xBC, headerHid), subnodes);
    }
}
