package app.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ingest.ImportListener;
import app.dossier.model.ImportSummary;
import app.dossier.store.CaseStore;
import app.dossier.store.OriginalRepository;
import app.dossier.testing.TestCases;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Outlook data files and a winmail.dat from Apache Tika's test documents (Apache-2.0),
 * unpacked from Tika's test jar by the build.
 */
class OutlookDataFileTest {
    @TempDir
    Path temp;

    private Path testDocument(String name) throws Exception {
        return app.dossier.testing.TikaDocuments.copy(name, temp);
    }

    @Test
    void aPstImportsEveryMailWithFolderPathNodeIdAndThePstsHash() throws Exception {
        Path pst = testDocument("testPST.pst");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pst)));
        try (CaseStore store = TestCases.create(temp.resolve("c"))) {
            ImportSummary summary = TestCases.importPaths(store, pst);
            assertThat(summary.failed()).isZero();
            assertThat(summary.imported()).as("7 mails, 1 attached mail, the PST itself").isEqualTo(9);
            assertThat(TestCases.strings(store, "SELECT subject FROM messages WHERE parent_message IS NULL ORDER BY id"))
                    .containsExactly("Re: Feature Generators",
                            "Re: init tokenizer fails: \"Bad type in putfield/putstatic\"", "Feature Generators",
                            "[jira] [Resolved] (TIKA-1249) Vcard files detection",
                            "[jira] [Commented] (TIKA-1250) Process loops infintely processing a CHM file",
                            "[WEBINAR] - \"Introducing Couchbase Server 2.5\"", "FW: First email");
            assertThat(TestCases.strings(store, "SELECT CONCAT(from_name, ' <', from_email, '> ', CAST(sent_at AS VARCHAR)) "
                    + "FROM messages WHERE id = 1")).containsExactly("Jörn Kottmann <kottmann@gmail.com> 2014-02-26 08:50:04+01");
            assertThat(TestCases.strings(store, "SELECT detail FROM original_sources WHERE kind = 'PST' ORDER BY id").get(0))
                    .isEqualTo("folder \"/Début du fichier de données Outlook\", node 2097188, PST SHA-256 " + sha
                            + "; the message is converted to MIME, its attachments are exact");

            // The attached Outlook item is a message of its own, linked to its parent, with its own attachment.
            assertThat(TestCases.strings(store, "SELECT CONCAT(m.subject, ' / ', p.subject) FROM messages m "
                    + "JOIN messages p ON p.id = m.parent_message")).containsExactly("First email / FW: First email");
            assertThat(TestCases.strings(store, "SELECT a.name FROM attachments a JOIN messages m ON m.id = a.message_id "
                    + "WHERE m.subject = 'First email'")).containsExactly("attachment.docx");
            assertThat(TestCases.strings(store, "SELECT detail FROM original_sources WHERE detail LIKE '%attachment 1 %'"))
                    .singleElement().asString().contains("node 2097380", "First email.eml");

            // The PST itself is kept byte for byte.
            OriginalRepository originals = new OriginalRepository(store);
            long kept = originals.findBySha(sha).orElseThrow();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            originals.copyTo(kept, out);
            assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(pst));
            assertThat(TestCases.strings(store, "SELECT format FROM originals WHERE sha256 = '" + sha + "'"))
                    .containsExactly("CONTAINER");
        }
    }

    @Test
    void nestedFoldersAreKeptAndALargePstIsNotCopiedIntoTheCase() throws Exception {
        Path pst = testDocument("testPST_variousBodyTypes.pst");
        try (CaseStore store = TestCases.create(temp.resolve("c"))) {
            ImportSummary summary = TestCases.importer().importSources(store, List.of(new PathReader(pst, 0)),
                    ImportListener.NONE, new AtomicBoolean());
            assertThat(summary.imported()).isEqualTo(4);
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM originals WHERE format = 'CONTAINER'")).isZero();
            assertThat(TestCases.strings(store, "SELECT DISTINCT detail FROM original_sources").get(0))
                    .startsWith("folder \"/Top of Outlook data file/Inbox/tmp\", node 2097188,");
            assertThat(TestCases.strings(store, "SELECT body_text FROM messages ORDER BY id").get(0)).isNotEmpty();
        }
    }

    @Test
    void aCancelledPstImportStopsBetweenItems() throws Exception {
        Path pst = testDocument("testPST.pst");
        try (CaseStore store = TestCases.create(temp.resolve("c"))) {
            ImportSummary summary = TestCases.importer().importSources(store, List.of(new PathReader(pst)),
                    ImportListener.NONE, new AtomicBoolean(true));
            assertThat(summary.cancelled()).isTrue();
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM messages")).isLessThan(8);
        }
    }

    @Test
    void aStandAloneWinmailDatBecomesAMessageWithItsAttachments() throws Exception {
        Path dat = testDocument("testWINMAIL.dat");
        try (CaseStore store = TestCases.create(temp.resolve("c"))) {
            ImportSummary summary = TestCases.importPaths(store, dat);
            assertThat(summary.failed()).isZero();
            assertThat(TestCases.strings(store, "SELECT subject FROM messages")).containsExactly("This is a test message");
            assertThat(TestCases.strings(store, "SELECT name FROM attachments ORDER BY ordinal"))
                    .containsExactly("quick.doc", "quick.html", "quick.pdf", "quick.txt", "quick.xml");
            assertThat(TestCases.strings(store, "SELECT format FROM originals")).containsExactly("TNEF");
        }
    }
}
