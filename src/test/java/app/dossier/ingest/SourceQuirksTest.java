package app.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ingest.source.PathReader;
import app.dossier.model.ImportFailure;
import app.dossier.model.ImportSummary;
import app.dossier.store.CaseStore;
import app.dossier.testing.TestCases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not what their name or folder suggests, each written for the test. */
class SourceQuirksTest {
    @TempDir
    Path temp;

    @Test
    void aWordOrExcelFileRenamedMsgIsRefusedWithAReason() throws Exception {
        Path doc = temp.resolve("in/minutes.msg");
        Path xls = temp.resolve("in/figures.msg");
        Files.createDirectories(doc.getParent());
        Files.write(doc, ole2("WordDocument"));
        Files.write(xls, ole2("Workbook"));
        try (CaseStore store = TestCases.create(temp.resolve("c"))) {
            ImportSummary summary = TestCases.importPaths(store, doc.getParent());
            assertThat(summary.imported()).isZero();
            assertThat(summary.failures()).extracting(f -> f.reason().english()).containsExactlyInAnyOrder(
                    "not an Outlook item: the file is a Word document (.doc), whatever its name says",
                    "not an Outlook item: the file is an Excel workbook (.xls), whatever its name says");
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM messages")).isZero();
        }
    }

    @Test
    void aMailToolsHiddenDatabaseFolderIsSkippedAndSaidOnce() throws Exception {
        Path maildir = temp.resolve("Mail");
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(maildir.resolve(sub));
        }
        Files.writeString(maildir.resolve("cur/1.host:2,S"), "From: a@example.org\nMessage-ID: <1@x>\n\nhello\n");
        Path xapian = Files.createDirectories(maildir.resolve(".notmuch/xapian"));
        for (int i = 0; i < 5; i++) {
            Files.write(xapian.resolve("postlist." + i + ".glass"), new byte[] {0, 1, 2, (byte) i});
        }
        Path sent = maildir.resolve(".Sent");
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(sent.resolve(sub));
        }
        Files.writeString(sent.resolve("cur/2.host:2,S"), "From: b@example.org\nMessage-ID: <2@x>\n\nsent\n");
        List<ImportFailure> skipped = new ArrayList<>();
        try (CaseStore store = TestCases.create(temp.resolve("c"))) {
            ImportSummary summary = TestCases.importer().importSources(store, List.of(new PathReader(maildir)),
                    new ImportListener() {
                        @Override
                        public void progress(app.dossier.model.ImportProgress progress) {
                        }

                        @Override
                        public void skipped(ImportFailure notice) {
                            skipped.add(notice);
                        }
                    }, new AtomicBoolean());
            assertThat(summary.failed()).as("no failure per database file").isZero();
            assertThat(summary.imported()).as("the inbox and the Maildir++ .Sent folder").isEqualTo(2);
            assertThat(skipped).singleElement().satisfies(n -> assertThat(n.source().location()).endsWith(".notmuch"));
            assertThat(summary.skipped()).hasSize(1);
        }
    }

    @Test
    void twoUnrelatedHeaderOnlyFilesStayTwoMessages() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("junk"));
        Files.writeString(folder.resolve("a.eml"), "Date: garbage one\n", StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("b.eml"), "Date: garbage two\n", StandardCharsets.US_ASCII);
        try (CaseStore store = TestCases.create(temp.resolve("c"))) {
            TestCases.importPaths(store, folder);
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM messages")).isEqualTo(2);
        }
    }

    private static byte[] ole2(String stream) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
