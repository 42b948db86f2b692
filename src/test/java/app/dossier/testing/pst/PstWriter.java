package app.dossier.testing.pst;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a Unicode Outlook data file (.pst) for tests and benchmarks, from the published [MS-PST]
 * specification: a message store, the root folder with "Top of Personal Folders" under it, nested
 * folders with their hierarchy, contents and associated-contents tables, and items (mails,
 * appointments, contacts, tasks, sticky notes) with attachments. Items are written as they are added,
 * so a file of many gigabytes needs memory for its index only; folders are written on close.
 * What it leaves out (search folders and their queues, the density list, FMaps) is what readers of
 * mail do not need; see docs/decisions/0026.
 */
public final class PstWriter implements Closeable {
    public static final int ROOT_FOLDER = 0x122;
    private static final int MESSAGE_STORE = 0x21;
    private static final int NAME_TO_ID_MAP = 0x61;
    private static final int TOP_OF_PERSONAL_FOLDERS = 0x8022;
    private static final int APPOINTMENT_START = 0x8000;
    private static final int APPOINTMENT_END = 0x8001;
    private static final int APPOINTMENT_LOCATION = 0x8002;
    private static final int CONTACT_EMAIL = 0x8003;

    /** A folder to put items or folders in. */
    public record Folder(int nid) {
    }

    /** A file attached by value. */
    public record Attachment(String fileName, String mimeType, byte[] data) {
    }

    /** One Outlook item; build with the factories and add what applies. */
    public static final class Item {
        private final String messageClass;
        private final String subject;
        private final Instant date;
        private String senderName;
        private String senderEmail;
        private String body;
        private String headers;
        private String messageId;
        private String displayTo;
        private final List<Attachment> attachments = new ArrayList<>();
        private final Map<Integer, Object> extra = new LinkedHashMap<>();

        private Item(String messageClass, String subject, Instant date) {
            this.messageClass = messageClass;
            this.subject = subject;
            this.date = date;
        }

        public static Item mail(String subject, String senderName, String senderEmail, Instant date, String body) {
            Item i = new Item("IPM.Note", subject, date);
            i.senderName = senderName;
            i.senderEmail = senderEmail;
            i.body = body;
            return i;
        }

        public static Item appointment(String subject, Instant start, Instant end, String location, String body) {
            Item i = new Item("IPM.Appointment", subject, start);
            i.body = body;
            i.extra.put(APPOINTMENT_START, start);
            i.extra.put(APPOINTMENT_END, end);
            i.extra.put(APPOINTMENT_LOCATION, location);
            return i;
        }

        public static Item contact(String givenName, String surname, String company, String email, Instant created) {
            Item i = new Item("IPM.Contact", givenName + " " + surname, created);
            i.extra.put(0x3A06, givenName);
            i.extra.put(0x3A11, surname);
            i.extra.put(0x3A16, company);
            i.extra.put(CONTACT_EMAIL, email);
            return i;
        }

        /** Any other item class (IPM.Task, IPM.StickyNote, …) with a subject, date and body. */
        public static Item other(String messageClass, String subject, Instant date, String body) {
            Item i = new Item(messageClass, subject, date);
            i.body = body;
            return i;
        }

        /** The item's own Internet header, as Outlook keeps it for received mail. */
        public Item headers(String transportHeaders) {
            this.headers = transportHeaders;
            return this;
        }

        public Item messageId(String id) {
            this.messageId = id;
            return this;
        }

        public Item displayTo(String to) {
            this.displayTo = to;
            return this;
        }

        public Item attach(Attachment a) {
            attachments.add(a);
            return this;
        }
    }

    private static final class FolderState {
        final int nid;
        final int parent;
        final String name;
        final List<Integer> folders = new ArrayList<>();
        int[] items = new int[16];
        int itemCount;

        FolderState(int nid, int parent, String name) {
            this.nid = nid;
            this.parent = parent;
            this.name = name;
        }
    }

    private final NdbWriter ndb;
    private final String storeName;
    private final Map<Integer, FolderState> folders = new LinkedHashMap<>();
    private final NidCounter folderNids = new NidCounter(0x02, 0x402);
    private final NidCounter messageNids = new NidCounter(0x04, 0x10000);

    public PstWriter(Path file, String storeName) throws IOException {
        this.ndb = new NdbWriter(file);
        this.storeName = storeName;
        folders.put(ROOT_FOLDER, new FolderState(ROOT_FOLDER, ROOT_FOLDER, ""));
        FolderState top = new FolderState(TOP_OF_PERSONAL_FOLDERS, ROOT_FOLDER, "Top of Personal Folders");
        folders.put(TOP_OF_PERSONAL_FOLDERS, top);
        folders.get(ROOT_FOLDER).folders.add(TOP_OF_PERSONAL_FOLDERS);
    }

    /** "Top of Personal Folders", where a user's folders live. */
    public Folder top() {
        return new Folder(TOP_OF_PERSONAL_FOLDERS);
    }

    public Folder folder(Folder parent, String name) {
        FolderState p = folders.get(parent.nid());
        if (p.folders.size() == TableContext.MAX_ROWS) {
            throw new IllegalStateException("folder " + p.name + " is full");
        }
        int nid = folderNids.next();
        folders.put(nid, new FolderState(nid, p.nid, name));
        p.folders.add(nid);
        return new Folder(nid);
    }

    /** How many more items a folder takes (its contents table is one heap-sized BTH). */
    public int room(Folder folder) {
        return TableContext.MAX_ROWS - folders.get(folder.nid()).itemCount;
    }

    /** Writes the item now and returns its node id. */
    public int add(Folder folder, Item item) throws IOException {
        FolderState f = folders.get(folder.nid());
        if (room(folder) == 0) {
            throw new IllegalStateException("folder " + f.name + " is full");
        }
        int nid = messageNids.next();
        NidCounter valueNids = new NidCounter(0x1F, 1);
        PropertyContext pc = itemProperties(item);
        List<NdbWriter.Subnode> subnodes = new ArrayList<>();
        if (!item.attachments.isEmpty()) {
            NidCounter attachmentNids = new NidCounter(0x05, 0x400);
            TableContext table = new TableContext(0x0E20, 0x3705);
            for (int i = 0; i < item.attachments.size(); i++) {
                Attachment a = item.attachments.get(i);
                int attachmentNid = attachmentNids.next();
                PropertyContext.Built built = new PropertyContext()
                        .integer(0x0E20, a.data().length)
                        .integer(0x0E21, i)
                        .binary(0x3701, a.data())
                        .string(0x3704, shortName(a.fileName()))
                        .integer(0x3705, 1)
                        .string(0x3707, a.fileName())
                        .integer(0x370B, -1)
                        .string(0x370E, a.mimeType())
                        .integer(0x0FFE, 7)
                        .build(new NidCounter(0x1F, 1));
                subnodes.add(new NdbWriter.Subnode(attachmentNid, built.data(), built.subnodes()));
                table.row(attachmentNid, a.data().length, 1);
            }
            PropertyContext.Built tc = table.build(valueNids);
            subnodes.add(new NdbWriter.Subnode(0x671, tc.data(), tc.subnodes()));
        }
        PropertyContext.Built built = pc.build(valueNids);
        subnodes.addAll(built.subnodes());
        ndb.node(nid, f.nid, built.data(), subnodes);
        if (f.itemCount == f.items.length) {
            f.items = java.util.Arrays.copyOf(f.items, f.items.length * 2);
        }
        f.items[f.itemCount++] = nid;
        return nid;
    }

    private static PropertyContext itemProperties(Item item) {
        PropertyContext pc = new PropertyContext()
                .string(0x001A, item.messageClass)
                .string(0x0037, item.subject)
                .time(0x0039, item.date)
                .time(0x0E06, item.date)
                .time(0x3007, item.date)
                .time(0x3008, item.date)
                .integer(0x0E07, 0x01 | (item.attachments.isEmpty() ? 0 : 0x10))
                .integer(0x0FFE, 5)
                .string(0x1000, item.body)
                .string(0x007D, item.headers)
                .string(0x1035, item.messageId)
                .string(0x0E04, item.displayTo);
        if (item.senderEmail != null) {
            pc.string(0x0C1A, item.senderName).string(0x0C1E, "SMTP").string(0x0C1F, item.senderEmail)
                    .string(0x0042, item.senderName).string(0x0064, "SMTP").string(0x0065, item.senderEmail);
        }
        for (Map.Entry<Integer, Object> e : item.extra.entrySet()) {
            if (e.getValue() instanceof Instant when) {
                pc.time(e.getKey(), when);
            } else if (e.getValue() instanceof String s) {
                pc.string(e.getKey(), s);
            }
        }
        return pc;
    }

    private static String shortName(String name) {
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9]", "");
        String ext = dot > 0 ? name.substring(dot + 1).replaceAll("[^A-Za-z0-9]", "") : "";
        base = base.isEmpty() ? "FILE" : base.substring(0, Math.min(8, base.length())).toUpperCase();
        return ext.isEmpty() ? base : base + "." + ext.substring(0, Math.min(3, ext.length())).toUpperCase();
    }

    @Override
    public void close() throws IOException {
        try (NdbWriter out = ndb) {
            byte[] recordKey = uuidBytes(UUID.nameUUIDFromBytes(storeName.getBytes(StandardCharsets.UTF_8)));
            byte[] ipmSubtree = new byte[24];
            System.arraycopy(recordKey, 0, ipmSubtree, 4, 16);
            Le.u32(ipmSubtree, 20, TOP_OF_PERSONAL_FOLDERS);
            PropertyContext.Built store = new PropertyContext()
                    .binary(0x0FF9, recordKey)
                    .string(0x3001, storeName)
                    .binary(0x35E0, ipmSubtree)
                    .build(new NidCounter(0x1F, 1));
            out.node(MESSAGE_STORE, 0, store.data(), store.subnodes());
            PropertyContext.Built names = nameToIdMap().build(new NidCounter(0x1F, 1));
            out.node(NAME_TO_ID_MAP, 0, names.data(), names.subnodes());
            for (FolderState f : folders.values()) {
                writeFolder(out, f);
            }
        }
    }

    private void writeFolder(NdbWriter out, FolderState f) throws IOException {
        PropertyContext.Built pc = new PropertyContext()
                .string(0x3001, f.name)
                .integer(0x3602, f.itemCount)
                .integer(0x3603, 0)
                .bool(0x360A, !f.folders.isEmpty())
                .string(0x3613, "IPF.Note")
                .integer(0x0FFE, 3)
                .build(new NidCounter(0x1F, 1));
        out.node(f.nid, f.parent, pc.data(), pc.subnodes());
        TableContext hierarchy = new TableContext(0x3602, 0x3603);
        for (int child : f.folders) {
            hierarchy.row(child, folders.get(child).itemCount, 0);
        }
        TableContext contents = new TableContext(0x0E07);
        for (int i = 0; i < f.itemCount; i++) {
            contents.row(f.items[i], 1);
        }
        int base = f.nid & ~0x1F;
        for (Object[] t : new Object[][] {{0x0D, hierarchy}, {0x0E, contents}, {0x0F, new TableContext()}}) {
            PropertyContext.Built tc = ((TableContext) t[1]).build(new NidCounter(0x1F, 1));
            out.node(base | (Integer) t[0], 0, tc.data(), tc.subnodes());
        }
    }

    /**
     * The named properties this writer uses, mapped to 0x8000 + n. The entry stream ends with one
     * mapping no item uses: java-libpst 0.9.3 stops one entry short of the stream's end.
     */
    private static PropertyContext nameToIdMap() {
        byte[] guids = new byte[32];
        System.arraycopy(guidBytes("00062002-0000-0000-C000-000000000046"), 0, guids, 0, 16);
        System.arraycopy(guidBytes("00062004-0000-0000-C000-000000000046"), 0, guids, 16, 16);
        int[][] entries = {{0x820D, 0}, {0x820E, 0}, {0x8208, 0}, {0x8083, 1}, {0x8084, 1}};
        byte[] stream = new byte[8 * entries.length];
        for (int i = 0; i < entries.length; i++) {
            Le.u32(stream, 8 * i, entries[i][0]);
            Le.u16(stream, 8 * i + 4, (entries[i][1] + 3) << 1);
            Le.u16(stream, 8 * i + 6, i);
        }
        return new PropertyContext()
                .integer(0x0001, 251)
                .binary(0x0002, guids)
                .binary(0x0003, stream)
                .binary(0x0004, new byte[4]);
    }

    /** A GUID as Windows stores it: the first three fields little-endian, the rest as written. */
    private static byte[] guidBytes(String guid) {
        return uuidBytes(UUID.fromString(guid));
    }

    private static byte[] uuidBytes(UUID u) {
        byte[] b = new byte[16];
        long hi = u.getMostSignificantBits();
        Le.u32(b, 0, (int) (hi >>> 32));
        Le.u16(b, 4, (int) (hi >>> 16));
        Le.u16(b, 6, (int) hi);
        long lo = u.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            b[8 + i] = (byte) (lo >>> (56 - 8 * i));
        }
        return b;
    }
}
