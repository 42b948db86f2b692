package app.dossier.brief.bundle;

import app.dossier.brief.Briefing;
import app.dossier.brief.BriefingOptions;
import app.dossier.brief.BriefingProgress;
import app.dossier.brief.BriefingService;
import app.dossier.cases.OpenCase;
import app.dossier.i18n.Messages;
import app.dossier.store.OriginalCatalog;
import app.dossier.store.OriginalRepository;
import app.dossier.timeline.Timeline;
import app.dossier.timeline.TimelineFormats;
import app.dossier.timeline.TimelineService;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the evidence bundle: every original exactly as imported, the briefing PDF, the timeline
 * as JSON and CSV, and {@code manifest.csv} listing each of them with its SHA-256. The ZIP is
 * written beside the target and moved into place only when complete.
 */
public final class BundleWriter {
    private final BriefingService briefings;
    private final TimelineService timelines;

    public BundleWriter(BriefingService briefings, TimelineService timelines) {
        this.briefings = briefings;
        this.timelines = timelines;
    }

    /** What was written. */
    public record Summary(Path file, int originals, int files, Briefing briefing) {
    }

    public Summary write(OpenCase open, BriefingOptions options, Path target, BriefingProgress progress)
            throws IOException {
        Briefing briefing = briefings.make(open, options, fraction -> progress.done(0.6 * fraction));
        Timeline timeline = timelines.build(open.store());
        TimelineFormats formats = new TimelineFormats(new Messages(options.language()));
        List<OriginalCatalog.Entry> originals = new OriginalCatalog(open.store()).all();
        OriginalRepository repository = new OriginalRepository(open.store());
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".dossier-bundle", ".part");
        List<BundleManifest.Row> rows = new ArrayList<>();
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temp))) {
                int done = 0;
                for (OriginalCatalog.Entry o : originals) {
                    progress.check();
                    String path = "originals/" + o.sha256() + extension(o.format());
                    String sha = entry(zip, path, out -> repository.copyTo(o.id(), out));
                    rows.add(new BundleManifest.Row(path, sha, o.size(), String.join(" ", o.messageIds()), o.source()));
                    progress.done(0.6 + 0.35 * (++done) / Math.max(1, originals.size()));
                }
                rows.add(bytes(zip, "briefing.pdf", briefing.pdf(), "briefing"));
                rows.add(bytes(zip, "timeline.json", formats.json(timeline).getBytes(StandardCharsets.UTF_8), "timeline"));
                rows.add(bytes(zip, "timeline.csv", formats.csv(timeline).getBytes(StandardCharsets.UTF_8), "timeline"));
                byte[] manifest = BundleManifest.write(rows).getBytes(StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(BundleManifest.NAME));
                zip.write(manifest);
                zip.closeEntry();
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        progress.done(1);
        return new Summary(target, originals.size(), rows.size() + 1, briefing);
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static BundleManifest.Row bytes(ZipOutputStream zip, String path, byte[] data, String source)
            throws IOException {
        String sha = entry(zip, path, out -> out.write(data));
        return new BundleManifest.Row(path, sha, data.length, "", source);
    }

    /** Writes one entry and returns the SHA-256 of the bytes as written. */
    private static String entry(ZipOutputStream zip, String path, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        MessageDigest digest = sha256();
        OutputStream shield = new OutputStream() {
            // the entry's stream must not close the ZIP
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }
        };
        try (DigestOutputStream out = new DigestOutputStream(shield, digest)) {
            content.writeTo(out);
        }
        zip.closeEntry();
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String extension(app.dossier.model.ItemFormat format) {
        return switch (format) {
            case OUTLOOK_MSG -> ".msg";
            case NOTE -> ".md";
            case RFC822, PST_ITEM, CONTAINER, TNEF -> ".eml";
        };
    }
}
