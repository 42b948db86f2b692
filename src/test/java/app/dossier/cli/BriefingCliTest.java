package app.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.brief.bundle.BundleVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dossier brief, bundle and verify on the sample case, with redaction, tampering and a crafted ZIP. */
class BriefingCliTest {
    @TempDir
    Path temp;

    private final CliRunner cli = new CliRunner();

    @Test
    void briefRedactsBundleVerifies() throws Exception {
        Path caseDir = temp.resolve("sample.dossier");
        assertThat(cli.run("sample", caseDir.toString(), "--lang", "en").exitCode()).isZero();
        Path redact = temp.resolve("redact.txt");
        Files.writeString(redact, "# third parties\nReimann\nclaudia.reimann@kessler-logistik.de\n");
        Path pdf = temp.resolve("out/briefing.pdf");

        CliRunner.Result brief = cli.run("brief", caseDir.toString(), "-o", pdf.toString(), "--lang", "en",
                "--paper", "letter", "--redact", redact.toString());
        assertThat(brief.err()).isEmpty();
        assertThat(brief.exitCode()).isZero();
        assertThat(brief.out()).startsWith("Wrote " + pdf).contains("pages", "exhibits", "places redacted");
        int places = Integer.parseInt(brief.out().replaceAll("(?s).*, (\\d+) places redacted.*", "$1"));
        assertThat(places).isGreaterThan(0);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.toLowerCase(Locale.ROOT)).as("redacted text cannot be extracted").doesNotContain("reimann");
            assertThat(text).contains("[redacted]", "Redacted places: " + places, "Markus Wendt");
            StringBuilder outline = new StringBuilder();
            collect(document.getDocumentCatalog().getDocumentOutline().children(), outline);
            assertThat(outline.toString()).contains("Exhibit 1").doesNotContainIgnoringCase("reimann");
            assertThat(document.getDocumentInformation().getTitle()).doesNotContainIgnoringCase("reimann");
            assertThat(document.getPage(0).getMediaBox().getWidth()).as("Letter is 8.5 in wide").isBetween(611f, 613f);
        }
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertThat(raw.toLowerCase(Locale.ROOT)).doesNotContain("reimann");

        Path zip = temp.resolve("bundle.zip");
        CliRunner.Result bundle = cli.run("bundle", caseDir.toString(), "-o", zip.toString(), "--lang", "en");
        assertThat(bundle.err()).isEmpty();
        assertThat(bundle.exitCode()).isZero();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            assertThat(z.getEntry("briefing.pdf")).isNotNull();
            assertThat(z.getEntry("timeline.json")).isNotNull();
            assertThat(z.getEntry("timeline.csv")).isNotNull();
            String manifest = new String(z.getInputStream(z.getEntry("manifest.csv")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(manifest).startsWith("path,sha256,size,message_id,source\n").contains("originals/");
            // 26 mails and 4 notes in the English sample, each exactly as imported
            assertThat(manifest.lines().filter(l -> l.startsWith("originals/"))).hasSize(30);
        }
        CliRunner.Result verify = cli.run("verify", zip.toString());
        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).startsWith("intact: 33 files");

        Path tampered = temp.resolve("tampered.zip");
        String[] victim = new String[2];
        rewrite(zip, tampered, victim);
        CliRunner.Result bad = cli.run("verify", tampered.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(bad.out()).contains("altered: " + victim[0], "missing: " + victim[1], "added: extra.txt",
                "NOT intact: 1 altered, 1 missing, 1 added, 0 refused");
    }

    @Test
    void aCraftedZipIsRefusedAndNothingLandsOutside() throws Exception {
        Path zip = temp.resolve("evil.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("manifest.csv"));
            out.write("path,sha256,size,message_id,source\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("../../escaped.txt"));
            out.write("owned".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("/abs.txt"));
            out.closeEntry();
        }
        CliRunner.Result verify = cli.run("verify", zip.toString());
        assertThat(verify.exitCode()).isEqualTo(ExitCode.USAGE_OR_CASE);
        assertThat(verify.out()).contains("refused (the name would escape the folder): ../../escaped.txt",
                "refused (the name would escape the folder): /abs.txt");

        Path target = temp.resolve("a/b/unpacked");
        Files.createDirectories(target);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BundleVerifier().extract(zip, target))
                .isInstanceOf(IOException.class).hasMessageContaining("escapes");
        assertThat(temp.resolve("a/escaped.txt")).doesNotExist();
        try (var files = Files.list(target)) {
            assertThat(files).as("nothing unpacked from a refused bundle").isEmpty();
        }
    }

    @Test
    void badOptionsSayWhatIsWrong() throws Exception {
        // a fresh command line per run, as each run is its own process
        Path caseDir = temp.resolve("empty.dossier");
        assertThat(new CliRunner().run("new", caseDir.toString()).exitCode()).isZero();
        Path out = temp.resolve("x.pdf");
        CliRunner.Result paper = new CliRunner().run("brief", caseDir.toString(), "-o", out.toString(), "--paper", "a5");
        assertThat(paper.exitCode()).isEqualTo(ExitCode.USAGE_OR_CASE);
        assertThat(paper.err().strip()).isEqualTo("dossier: Unknown paper a5: use a4 or letter.");
        CliRunner.Result section = new CliRunner().run("brief", caseDir.toString(), "-o", out.toString(), "--sections", "cover,foo");
        assertThat(section.err()).contains("Unknown section foo").doesNotContain("Exception");
        CliRunner.Result redact = new CliRunner().run("brief", caseDir.toString(), "-o", out.toString(), "--redact",
                temp.resolve("nope.txt").toString());
        assertThat(redact.err()).contains("Cannot read the redaction file");
        assertThat(out).doesNotExist();
        CliRunner.Result notZip = new CliRunner().run("verify", caseDir.resolve("case.mv.db").toString());
        assertThat(notZip.exitCode()).isEqualTo(ExitCode.USAGE_OR_CASE);
        assertThat(notZip.err()).contains("is not an evidence bundle");

        CliRunner.Result empty = new CliRunner().run("brief", caseDir.toString(), "-o", out.toString(), "--lang", "de");
        assertThat(empty.exitCode()).isZero();
        assertThat(out).exists();
    }

    /** A copy of the bundle with the first original altered, the second left out and a file added. */
    private static void rewrite(Path from, Path to, String[] victims) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            int originals = 0;
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                boolean original = e.getName().startsWith("originals/");
                if (original && originals == 1) {
                    victims[1] = e.getName();
                    originals++;
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    byte[] bytes = data.readAllBytes();
                    if (original && originals == 0) {
                        victims[0] = e.getName();
                        bytes[bytes.length / 2] ^= 1;
                    }
                    out.write(bytes);
                }
                out.closeEntry();
                if (original) {
                    originals++;
                }
            }
            out.putNextEntry(new ZipEntry("extra.txt"));
            write(out, "not part of the bundle");
            out.closeEntry();
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void collect(Iterable<PDOutlineItem> items, StringBuilder out) {
        for (PDOutlineItem item : items) {
            out.append(item.getTitle()).append('\n');
            collect(item.children(), out);
        }
    }
}
