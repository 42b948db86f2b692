package app.dossier.ingest.source;

import app.dossier.model.ItemFormat;

import app.dossier.model.FailureCode;
import app.dossier.model.ImportFailure;
import app.dossier.model.SourceKind;
import app.dossier.model.SourceRef;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads whatever the user dropped: a file of any supported kind, or a folder walked
 * recursively, where Maildir folders (with cur/ and new/) are read as Maildir.
 */
public final class PathReader implements SourceReader {
    /** Outlook data files up to this size are kept whole in the case by default, so the evidence travels with it. */
    public static final long DEFAULT_KEEP_PST_BYTES = 50L * 1024 * 1024;

    private final Path root;
    private final long keepPstBytes;
    private long size = -1;

    public PathReader(Path root) {
        this(root, DEFAULT_KEEP_PST_BYTES);
    }

    /** A reader that keeps Outlook data files up to {@code keepPstBytes} whole in the case (0: never). */
    public PathReader(Path root, long keepPstBytes) {
        this.root = root;
        this.keepPstBytes = keepPstBytes;
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public long size() {
        if (size < 0) {
            size = measure();
        }
        return size;
    }

    private long measure() {
        if (Files.isRegularFile(root)) {
            try {
                return Files.size(root);
            } catch (IOException e) {
                return 0;
            }
        }
        long[] total = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    total[0] += attrs.size();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return total[0];
        }
        return total[0];
    }

    @Override
    public void read(ItemSink sink) throws IOException, InterruptedException {
        if (!Files.exists(root)) {
            sink.failure(new ImportFailure(SourceRef.file(SourceKind.EML_FILE, root.toString()), FailureCode.SOURCE_MISSING));
            return;
        }
        if (Files.isDirectory(root)) {
            readFolder(root, sink);
        } else {
            readFile(root, sink);
        }
    }

    private void readFolder(Path folder, ItemSink sink) throws IOException, InterruptedException {
        if (sink.cancelled()) {
            return;
        }
        if (isMaildir(folder)) {
            for (String sub : List.of("cur", "new")) {
                for (Path file : sortedChildren(folder.resolve(sub), sink)) {
                    if (sink.cancelled()) {
                        return;
                    }
                    if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".")) {
                        FileItemReader.read(file, SourceKind.MAILDIR, ItemFormat.RFC822, maildirFlags(file), sink);
                    }
                }
            }
        }
        for (Path child : sortedChildren(folder, sink)) {
            if (sink.cancelled()) {
                return;
            }
            String name = child.getFileName().toString();
            if (Files.isDirectory(child)) {
                boolean maildirPart = isMaildir(folder) && (name.equals("cur") || name.equals("new") || name.equals("tmp"));
                if (isToolFolder(child)) {
                    sink.skipped(new ImportFailure(SourceRef.file(SourceKind.EML_FILE, child.toString()),
                            "a hidden folder of another program (not mail), left out"));
                } else if (!maildirPart) {
                    readFolder(child, sink);
                }
            } else if (Files.isRegularFile(child) && !isSystemFile(name)) {
                readFile(child, sink);
            }
        }
    }

    private static List<Path> sortedChildren(Path folder, ItemSink sink) throws InterruptedException {
        List<Path> children = new ArrayList<>();
        try (var stream = Files.list(folder)) {
            stream.forEach(children::add);
        } catch (IOException e) {
            sink.failure(new ImportFailure(SourceRef.file(SourceKind.EML_FILE, folder.toString()),
                    FailureCode.FOLDER_UNREADABLE, Reasons.of(e)));
        }
        children.sort(null);
        return children;
    }

    static boolean isMaildir(Path folder) {
        return Files.isDirectory(folder.resolve("cur")) && Files.isDirectory(folder.resolve("new"));
    }

    /** Maildir keeps flags after ":2," in the file name (S seen, R replied, F flagged, T trashed, D draft). */
    static String maildirFlags(Path file) {
        String name = file.getFileName().toString();
        int info = name.lastIndexOf(":2,");
        if (info < 0) {
            info = name.lastIndexOf("!2,"); // the Windows-safe variant
        }
        String folder = file.getParent() == null ? "" : file.getParent().getFileName().toString();
        String flags = info < 0 ? "" : name.substring(info + 3);
        return folder + (flags.isEmpty() ? "" : " flags=" + flags);
    }

    /**
     * A hidden folder that is not itself a Maildir: the database of a mail tool (.notmuch, .mu),
     * version control, or a desktop's trash. Maildir++ subfolders (".Sent") are hidden too, and are mail.
     */
    static boolean isToolFolder(Path folder) {
        String name = folder.getFileName() == null ? "" : folder.getFileName().toString();
        return name.startsWith(".") && !isMaildir(folder);
    }

    private static boolean isSystemFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals(".ds_store") || lower.equals("thumbs.db") || lower.equals("desktop.ini")
                || lower.startsWith("._") || lower.endsWith(".msf") || lower.equals("dovecot.index")
                || lower.startsWith("dovecot") || lower.equals("maildirfolder") || lower.equals("courierimapuiddb")
                || lower.startsWith(".mbsyncstate") || lower.equals(".uidvalidity") || lower.startsWith(".mu-")
                || lower.equals(".notmuch-config") || lower.startsWith(".offlineimap");
    }

    private void readFile(Path file, ItemSink sink) throws IOException, InterruptedException {
        ContentSniffer.Kind kind;
        try {
            kind = ContentSniffer.sniff(file);
        } catch (IOException e) {
            sink.failure(new ImportFailure(SourceRef.file(SourceKind.EML_FILE, file.toString()),
                    FailureCode.FILE_UNREADABLE, Reasons.of(e)));
            return;
        }
        switch (kind) {
            case MBOX -> new MboxReader(file).read(sink);
            case MESSAGE -> FileItemReader.read(file, SourceKind.EML_FILE, ItemFormat.RFC822, "", sink);
            case OUTLOOK_MSG -> FileItemReader.read(file, SourceKind.MSG_FILE, ItemFormat.OUTLOOK_MSG, "", sink);
            case OUTLOOK_PST -> new PstReader(file, keepPstBytes).read(sink);
            case TNEF -> FileItemReader.read(file, SourceKind.TNEF_FILE, ItemFormat.TNEF, "", sink);
            case NOTE -> FileItemReader.read(file, SourceKind.NOTE_FILE, ItemFormat.NOTE, "", sink);
            case EMPTY -> sink.failure(new ImportFailure(SourceRef.file(SourceKind.EML_FILE, file.toString()),
                    FailureCode.FILE_EMPTY));
            case UNKNOWN -> sink.failure(new ImportFailure(SourceRef.file(SourceKind.EML_FILE, file.toString()),
                    FailureCode.UNKNOWN_FORMAT));
        }
    }
}
