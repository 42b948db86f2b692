package app.dossier.testing.pst;

import static org.assertj.core.api.Assertions.assertThat;

import com.pff.PSTAppointment;
import com.pff.PSTAttachment;
import com.pff.PSTContact;
import com.pff.PSTFile;
import com.pff.PSTFolder;
import com.pff.PSTMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test-side PST writer is only worth something if an independent reader reads back what it wrote. */
class PstWriterTest {
    @TempDir
    Path temp;

    @Test
    void javaLibpstReadsFoldersItemsBodiesAndAttachmentsBack() throws Exception {
        Path file = temp.resolve("w.pst");
        String longBody = "Sehr geehrte Damen und Herren, ".repeat(2000);
        byte[] attachment = "a,b\n1,2\n".repeat(3000).getBytes(StandardCharsets.UTF_8);
        int mailNid;
        try (PstWriter w = new PstWriter(file, "Archiv")) {
            PstWriter.Folder inbox = w.folder(w.top(), "Posteingang");
            PstWriter.Folder sub = w.folder(inbox, "Projekt Ähre");
            mailNid = w.add(sub, PstWriter.Item.mail("Änderung übermorgen – 変更", "Jörg Maier", "joerg@example.de",
                    Instant.parse("2024-03-01T09:15:00Z"), longBody).attach(
                            new PstWriter.Attachment("Zahlen.csv", "text/csv", attachment)));
            for (int i = 0; i < 400; i++) {
                w.add(inbox, PstWriter.Item.mail("mail " + i, "A", "a@example.com",
                        Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i), "body " + i));
            }
            PstWriter.Folder calendar = w.folder(w.top(), "Kalender");
            w.add(calendar, PstWriter.Item.appointment("Abnahme", Instant.parse("2024-03-05T13:00:00Z"),
                    Instant.parse("2024-03-05T14:00:00Z"), "Raum 4", "Agenda"));
            w.add(calendar, PstWriter.Item.contact("Eva", "Schulz", "Bau GmbH", "eva@example.de",
                    Instant.parse("2024-02-01T08:00:00Z")));
        }

        PSTFile pst = new PSTFile(file.toFile());
        PSTFolder top = pst.getRootFolder().getSubFolders().get(0);
        assertThat(top.getDisplayName()).isEqualTo("Top of Personal Folders");
        List<String> names = new ArrayList<>();
        for (PSTFolder f : top.getSubFolders()) {
            names.add(f.getDisplayName() + ":" + f.getContentCount());
        }
        assertThat(names).containsExactly("Posteingang:400", "Kalender:2");
        PSTFolder inbox = top.getSubFolders().get(0);
        int count = 0;
        PSTMessage last = null;
        for (PSTMessage m = (PSTMessage) inbox.getNextChild(); m != null; m = (PSTMessage) inbox.getNextChild()) {
            count++;
            last = m;
        }
        assertThat(count).isEqualTo(400);
        assertThat(last.getSubject()).isEqualTo("mail 399");
        assertThat(last.getBody()).isEqualTo("body 399");

        PSTFolder sub = inbox.getSubFolders().get(0);
        assertThat(sub.getDisplayName()).isEqualTo("Projekt Ähre");
        PSTMessage mail = (PSTMessage) sub.getNextChild();
        assertThat(mail.getDescriptorNodeId()).isEqualTo(mailNid);
        assertThat(mail.getSubject()).isEqualTo("Änderung übermorgen – 変更");
        assertThat(mail.getSenderName()).isEqualTo("Jörg Maier");
        assertThat(mail.getSenderEmailAddress()).isEqualTo("joerg@example.de");
        assertThat(mail.getClientSubmitTime().toInstant()).isEqualTo(Instant.parse("2024-03-01T09:15:00Z"));
        assertThat(mail.getBody()).isEqualTo(longBody);
        assertThat(mail.getNumberOfAttachments()).isEqualTo(1);
        PSTAttachment a = mail.getAttachment(0);
        assertThat(a.getLongFilename()).isEqualTo("Zahlen.csv");
        assertThat(a.getMimeTag()).isEqualTo("text/csv");
        try (InputStream in = a.getFileInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(attachment);
        }

        PSTFolder calendar = top.getSubFolders().get(1);
        PSTAppointment appointment = (PSTAppointment) calendar.getNextChild();
        assertThat(appointment.getStartTime().toInstant()).isEqualTo(Instant.parse("2024-03-05T13:00:00Z"));
        assertThat(appointment.getLocation()).isEqualTo("Raum 4");
        PSTContact contact = (PSTContact) calendar.getNextChild();
        assertThat(contact.getSurname()).isEqualTo("Schulz");
        assertThat(contact.getEmail1EmailAddress()).isEqualTo("eva@example.de");
        pst.close();
    }

    /** readpst (Debian's pst-utils, libpst) is a second, independent reader; the test says so when it is not installed. */
    @Test
    void readpstReadsTheSameFile() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(Path.of("/usr/bin/readpst")),
                "readpst (apt-get install pst-utils) is not installed: the second reader was not asked");
        Path file = temp.resolve("r.pst");
        try (PstWriter w = new PstWriter(file, "Archiv")) {
            PstWriter.Folder inbox = w.folder(w.top(), "Inbox");
            PstWriter.Folder old = w.folder(inbox, "2023");
            for (int i = 0; i < 30; i++) {
                w.add(i % 3 == 0 ? old : inbox, PstWriter.Item.mail("Betreff " + i, "Jörg", "j@example.de",
                        Instant.parse("2023-05-01T10:00:00Z").plusSeconds(60L * i), "Text " + i + " ".repeat(i * 500)));
            }
        }
        Path out = java.nio.file.Files.createDirectories(temp.resolve("out"));
        Process p = new ProcessBuilder("/usr/bin/readpst", "-q", "-r", "-o", out.toString(), file.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(said).isZero();
        String inbox = java.nio.file.Files.readString(out.resolve("Archiv/Inbox/mbox"));
        String old = java.nio.file.Files.readString(out.resolve("Archiv/Inbox/2023/mbox"));
        assertThat(inbox.lines().filter(l -> l.startsWith("Subject: "))).hasSize(20).contains("Subject: Betreff 29");
        assertThat(old.lines().filter(l -> l.startsWith("Subject: "))).hasSize(10).contains("Subject: Betreff 27");
    }
}
