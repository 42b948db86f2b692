package app.dossier.ingest.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.dossier.ingest.ImportListener;
import app.dossier.model.ImportSummary;
import app.dossier.store.CaseStore;
import app.dossier.testing.SharedData;
import app.dossier.testing.TestCases;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** IMAP import against a real IMAP server started by the test (GreenMail), read-only, by UID. */
class ImapImportTest {
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP_IMAP);

    @TempDir
    Path temp;

    private ImapSettings settings(String password, String participant) {
        return new ImapSettings("127.0.0.1", MAIL.getImap().getPort(), "jonas", password.toCharArray(),
                ImapSettings.Security.PLAIN_ALLOWED, "INBOX", null, null, participant);
    }

    private void deliverScenario() throws Exception {
        GreenMailUser user = MAIL.setUser("jonas.becker@nordlicht-software.de", "jonas", "secret");
        Session session = Session.getInstance(new Properties());
        List<Path> files;
        try (Stream<Path> list = Files.list(SharedData.scenario().resolve("en"))) {
            files = list.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                user.deliver(new MimeMessage(session, in));
            }
        }
    }

    private ImportSummary importFrom(CaseStore store, ImapSettings settings) {
        return TestCases.importer().importSources(store, List.of(new ImapSource(settings)), ImportListener.NONE,
                new AtomicBoolean());
    }

    @Test
    void importsAFolderByUidAndAddsNothingTheSecondTime() throws Exception {
        deliverScenario();
        assertThat(ImapSource.folders(settings("secret", ""))).contains("INBOX");
        try (CaseStore store = TestCases.create(temp.resolve("case"))) {
            ImportSummary first = importFrom(store, settings("secret", ""));
            assertThat(first.line()).isEqualTo("imported 26, duplicates 0, failed 0");
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM messages")).isEqualTo(26);
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM original_sources WHERE kind = 'IMAP' "
                    + "AND imap_uid > 0 AND location LIKE 'imap://jonas@127.0.0.1:%/INBOX'")).isEqualTo(26);
            assertThat(TestCases.strings(store, "SELECT DISTINCT subject FROM messages"))
                    .contains("Customer portal: simplifying the login for our back-office staff");

            ImportSummary again = importFrom(store, settings("secret", ""));
            assertThat(again.line()).isEqualTo("imported 0, duplicates 26, failed 0");
        }
    }

    @Test
    void participantFilterKeepsOnlyTheirMail() throws Exception {
        deliverScenario();
        try (CaseStore store = TestCases.create(temp.resolve("case"))) {
            ImportSummary filtered = importFrom(store, settings("secret", "it-security@kessler-logistik.de"));
            assertThat(filtered.imported()).isBetween(1L, 5L);
            assertThat(TestCases.strings(store, "SELECT from_email || ' ' || to_list || ' ' || cc_list FROM messages"))
                    .allSatisfy(line -> assertThat(line).contains("it-security@kessler-logistik.de"));
        }
    }

    @Test
    void wrongPasswordIsAClearErrorAndStoresNothing() throws Exception {
        deliverScenario();
        try (CaseStore store = TestCases.create(temp.resolve("case"))) {
            ImportSummary summary = importFrom(store, settings("wrong", ""));
            assertThat(summary.failed()).isEqualTo(1);
            assertThat(summary.failures().get(0).reason().english()).contains("refused the user name or password");
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM originals")).isZero();
        }
        assertThatThrownBy(() -> ImapSource.folders(settings("wrong", "")))
                .hasMessageContaining("refused the user name or password");
    }

    @Test
    void encryptionIsRequiredUnlessPlainTextIsExplicitlyAllowed() throws Exception {
        deliverScenario();
        ImapSettings startTls = new ImapSettings("127.0.0.1", MAIL.getImap().getPort(), "jonas",
                "secret".toCharArray(), ImapSettings.Security.STARTTLS, "INBOX", null, null, "");
        assertThatThrownBy(() -> ImapSource.folders(startTls)).isInstanceOf(java.io.IOException.class)
                .hasMessageNotContaining("Exception");
    }
}
