package app.dossier.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ingest.ImportListener;
import app.dossier.model.ImportSummary;
import app.dossier.store.CaseStore;
import app.dossier.testing.TestCases;
import app.dossier.testing.pst.PstWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PST written by the test-side writer, with what the test put in it known exactly, through Dossier's import. */
class GeneratedPstImportTest {
    @TempDir
    Path temp;

    @Test
    void nestedFoldersNodeIdsAttachmentsAndNonAsciiSubjectsRoundTrip() throws Exception {
        Path file = temp.resolve("archiv.pst");
        byte[] report = "Messwerte 1–3: 4,2 / 4,4 / 4,9\n".repeat(900).getBytes(StandardCharsets.UTF_8);
        int mail;
        int reply;
        try (PstWriter w = new PstWriter(file, "Archiv")) {
            PstWriter.Folder inbox = w.folder(w.top(), "Posteingang");
            PstWriter.Folder project = w.folder(w.folder(inbox, "Projekte"), "Brücke Süd");
            mail = w.add(project, PstWriter.Item.mail("Freigabe Änderung – 変更 und Übergabe", "Jörg Maier",
                            "joerg@example.de", Instant.parse("2024-03-01T09:15:00Z"),
                            "Bitte die Änderung\r\nnicht vor Freitag einspielen.\r\n")
                    .messageId("<freigabe-1@example.de>")
                    .attach(new PstWriter.Attachment("Messwerte März.csv", "text/csv", report)));
            reply = w.add(inbox, PstWriter.Item.mail("Re: Freigabe", "Eva Schulz", "eva@example.de",
                    Instant.parse("2024-03-01T10:00:00Z"), "Gesehen.\nEine Zeile mit LF allein, " + "x".repeat(1200))
                    .headers(
                            "From: Eva Schulz <eva@example.de>\r\nTo: Jörg Maier <joerg@example.de>\r\n"
                            + "Subject: Re: Freigabe\r\nDate: Fri, 01 Mar 2024 11:00:00 +0100\r\n"
                            + "Message-ID: <re-1@example.de>\r\n\r\n"));
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));

        try (CaseStore store = TestCases.create(temp.resolve("c"))) {
            ImportSummary summary = TestCases.importPaths(store, file);
            assertThat(summary.failed()).isZero();
            assertThat(summary.imported()).as("two mails and the PST itself").isEqualTo(3);
            assertThat(TestCases.strings(store, "SELECT CONCAT(subject, ' | ', from_name, ' <', from_email, '> ', "
                    + "CAST(sent_at AS VARCHAR)) FROM messages ORDER BY sent_at")).containsExactly(
                    "Freigabe Änderung – 変更 und Übergabe | Jörg Maier <joerg@example.de> 2024-03-01 09:15:00+00",
                    "Re: Freigabe | Eva Schulz <eva@example.de> 2024-03-01 11:00:00+01");
            assertThat(TestCases.strings(store, "SELECT detail FROM original_sources WHERE kind = 'PST' ORDER BY id"))
                    .as("a folder's items are read before its subfolders").containsExactly(
                            "folder \"/Top of Personal Folders/Posteingang\", node " + reply + ", PST SHA-256 " + sha
                                    + "; the message is converted to MIME, its attachments are exact",
                            "folder \"/Top of Personal Folders/Posteingang/Projekte/Brücke Süd\", node " + mail
                                    + ", PST SHA-256 " + sha + "; the message is converted to MIME, its attachments are exact");
            String reportSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(report));
            assertThat(TestCases.strings(store, "SELECT CONCAT(a.name, ' ', a.mime_type, ' ', a.byte_count, ' ', a.sha256) "
                    + "FROM attachments a")).containsExactly("Messwerte März.csv text/csv " + report.length + " " + reportSha);
            assertThat(TestCases.strings(store, "SELECT message_id FROM messages ORDER BY sent_at"))
                    .containsExactly("freigabe-1@example.de", "re-1@example.de");

            // CRLF text goes in as 8bit, other text (a bare LF, a 1,200-byte line) as base64: both read back as written.
            assertThat(TestCases.strings(store, "SELECT CAST(body_text AS VARCHAR) FROM messages ORDER BY sent_at"))
                    .as("the decoded text keeps its line breaks as LF").containsExactly(
                            "Bitte die Änderung\nnicht vor Freitag einspielen.\n",
                            "Gesehen.\nEine Zeile mit LF allein, " + "x".repeat(1200));

            ImportSummary again = TestCases.importPaths(store, file);
            assertThat(again.imported()).as("the same PST again converts to the same bytes: nothing new").isZero();
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM originals")).isEqualTo(3);
        }
    }

    @Test
    void appointmentsContactsTasksAndStickyNotesBecomeDatedNotes() throws Exception {
        Path file = temp.resolve("kalender.pst");
        try (PstWriter w = new PstWriter(file, "Archiv")) {
            PstWriter.Folder calendar = w.folder(w.top(), "Kalender");
            w.add(calendar, PstWriter.Item.appointment("Abnahme Brücke", Instant.parse("2024-03-05T13:00:00Z"),
                    Instant.parse("2024-03-05T14:30:00Z"), "Baubüro", "Mit Prüfprotokoll."));
            PstWriter.Folder contacts = w.folder(w.top(), "Kontakte");
            w.add(contacts, PstWriter.Item.contact("Eva", "Schulz", "Bau GmbH", "eva@example.de",
                    Instant.parse("2024-02-01T08:00:00Z")));
            PstWriter.Folder tasks = w.folder(w.top(), "Aufgaben");
            w.add(tasks, PstWriter.Item.other("IPM.Task", "Protokoll nachreichen", Instant.parse("2024-03-06T07:00:00Z"),
                    "Bis Montag."));
            w.add(tasks, PstWriter.Item.other("IPM.StickyNote", "Anruf Müller", Instant.parse("2024-03-04T16:20:00Z"),
                    "Müller sagt: Freigabe kommt mündlich."));
        }
        try (CaseStore store = TestCases.create(temp.resolve("c"))) {
            ImportSummary summary = TestCases.importer().importSources(store, List.of(new PathReader(file, 0)),
                    ImportListener.NONE, new AtomicBoolean());
            assertThat(summary.failed()).isZero();
            assertThat(summary.imported()).isEqualTo(4);
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM messages")).isZero();
            assertThat(TestCases.strings(store, "SELECT CONCAT(CAST(occurred_at AS VARCHAR), ' ', title) FROM notes "
                    + "ORDER BY occurred_at")).containsExactly(
                    "2024-02-01 08:00:00+00 Eva Schulz",
                    "2024-03-04 16:20:00+00 Anruf Müller",
                    "2024-03-05 13:00:00+00 Abnahme Brücke",
                    "2024-03-06 07:00:00+00 Protokoll nachreichen");
            assertThat(TestCases.strings(store, "SELECT body FROM notes WHERE title = 'Abnahme Brücke'").get(0))
                    .contains("[Appointment]", "Start: 2024-03-05T13:00Z", "End: 2024-03-05T14:30Z", "Location: Baubüro",
                            "Mit Prüfprotokoll.");
            assertThat(TestCases.strings(store, "SELECT body FROM notes WHERE title = 'Eva Schulz'").get(0))
                    .contains("[Contact]", "Name: Eva Schulz", "Company: Bau GmbH", "E-mail: eva@example.de");
            assertThat(TestCases.strings(store, "SELECT body FROM notes WHERE title = 'Anruf Müller'").get(0))
                    .contains("[StickyNote]", "Müller sagt: Freigabe kommt mündlich.");
            assertThat(TestCases.strings(store, "SELECT body FROM notes WHERE title = 'Protokoll nachreichen'").get(0))
                    .contains("[Task]", "Bis Montag.");
        }
    }
}
