package app.dossier.ingest.source;

import app.dossier.model.ImportFailure;
import app.dossier.model.ItemFormat;
import app.dossier.model.SourceKind;
import app.dossier.model.SourceRef;
import com.pff.PSTException;
import com.pff.PSTFile;
import com.pff.PSTFolder;
import com.pff.PSTMessage;
import com.pff.PSTObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads an Outlook data file (.pst, .ost) folder by folder and item by item with java-libpst,
 * which reads the file where it lies: memory holds one item at a time, whatever the file's size.
 * Each item's provenance is the PST's SHA-256 with the folder path and node id; the PST itself is
 * the exact evidence, kept in the case when smaller than {@code keepLimit} bytes.
 */
public final class PstReader {
    /** 64 KB pages: 32 MB holds the B-trees of a PST of several GB, where java-libpst's lookups go. */
    private static final int CACHE_PAGES = 512;
    private final Path file;
    private final long keepLimit;
    private final PstItemConverter converter = new PstItemConverter();

    public PstReader(Path file, long keepLimit) {
        this.file = file;
        this.keepLimit = keepLimit;
    }

    public void read(ItemSink sink) throws IOException, InterruptedException {
        long size = Files.size(file);
        String sha = sha256(file);
        if (size <= keepLimit) {
            SourceRef whole = new SourceRef(SourceKind.PST_FILE, file.toString(), -1, -1,
                    "the Outlook data file itself, kept as exact evidence");
            sink.item(new RawItem(Files.readAllBytes(file), whole, ItemFormat.CONTAINER, 0));
        }
        PSTFile pst;
        CachedPstContent content = new CachedPstContent(file, CACHE_PAGES);
        try {
            pst = new PSTFile(content);
        } catch (PSTException | IOException | RuntimeException e) {
            content.close();
            sink.failure(new ImportFailure(SourceRef.file(SourceKind.PST_FILE, file.toString()),
                    "not a readable Outlook data file (" + reason(e) + ")"));
            return;
        }
        try {
            PSTFolder root = pst.getRootFolder();
            long items = Math.max(1, count(root, 0));
            long share = Math.max(1, size / items);
            walk(root, "", sha, share, sink, 0);
        } catch (PSTException | RuntimeException e) {
            sink.failure(new ImportFailure(SourceRef.file(SourceKind.PST_FILE, file.toString()),
                    "the folder tree of the Outlook data file is damaged (" + reason(e) + ")"));
        } finally {
            pst.close();
        }
    }

    private static long count(PSTFolder folder, int depth) throws PSTException, IOException {
        long n = folder.getContentCount();
        if (depth < 64 && folder.hasSubfolders()) {
            for (PSTFolder sub : folder.getSubFolders()) {
                n += count(sub, depth + 1);
            }
        }
        return n;
    }

    private void walk(PSTFolder folder, String path, String sha, long share, ItemSink sink, int depth)
            throws PSTException, IOException, InterruptedException {
        String here = depth == 0 ? "" : path + "/" + folder.getDisplayName();
        if (folder.getContentCount() > 0) {
            while (!sink.cancelled()) {
                PSTObject child;
                try {
                    child = folder.getNextChild();
                } catch (PSTException | IOException | RuntimeException e) {
                    sink.failure(new ImportFailure(place(here, -1, sha),
                            "the rest of this folder cannot be read (" + reason(e) + ")"));
                    break;
                }
                if (child == null) {
                    break;
                }
                item(child, here, sha, share, sink);
            }
        }
        if (depth < 64 && folder.hasSubfolders() && !sink.cancelled()) {
            for (PSTFolder sub : folder.getSubFolders()) {
                walk(sub, here, sha, share, sink, depth + 1);
            }
        }
    }

    private void item(PSTObject child, String folder, String sha, long share, ItemSink sink) throws InterruptedException {
        SourceRef where = place(folder, child.getDescriptorNodeId(), sha);
        if (!(child instanceof PSTMessage message)) {
            sink.failure(new ImportFailure(where, "an Outlook item of a kind that holds no mail or note"));
            return;
        }
        try {
            PstItemConverter.Converted converted = converter.convert(message, provenance(folder,
                    child.getDescriptorNodeId(), sha));
            sink.item(new RawItem(converted.bytes(), where, converted.note() ? ItemFormat.NOTE : ItemFormat.PST_ITEM,
                    share));
        } catch (PSTException | IOException | RuntimeException e) {
            sink.failure(new ImportFailure(where, "this Outlook item cannot be read (" + reason(e) + ")"));
        }
    }

    private SourceRef place(String folder, long node, String sha) {
        return new SourceRef(SourceKind.PST, file.toString(), -1, -1, provenance(folder, node, sha));
    }

    /** Where an item sits: the PST by its hash, the folder path, the node id; and that its MIME is a conversion. */
    static String provenance(String folder, long node, String sha) {
        return "folder \"" + (folder.isEmpty() ? "/" : folder) + "\"" + (node >= 0 ? ", node " + node : "")
                + ", PST SHA-256 " + sha + "; the message is converted to MIME, its attachments are exact";
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
