package app.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.dossier.ingest.source.PathReader;
import app.dossier.model.ImportSummary;
import app.dossier.store.CaseStore;
import app.dossier.store.OriginalRepository;
import app.dossier.testing.SharedData;
import app.dossier.testing.TestCases;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ~400 hostile messages and mailboxes from other mail software's test suites: every file is
 * imported or reported with a reason, nothing throws or hangs, and every original comes back
 * byte for byte.
 */
class CorpusImportTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"eml", "mbox", "msg", "malformed"})
    void everyFileIsImportedOrReportedAndExportsByteIdentical(String folder) throws Exception {
        Path corpus = SharedData.corpus().resolve(folder);
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        ImportService importer = TestCases.importer();
        try (CaseStore store = TestCases.create(temp.resolve(folder))) {
            for (Path file : files) {
                ImportSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(60),
                        () -> importer.importSources(store, List.of(new PathReader(file)), ImportListener.NONE,
                                new AtomicBoolean()), () -> "import of " + file + " hung");
                assertThat(summary.imported() + summary.duplicates() + summary.failed())
                        .as("%s yields messages or a failure", file.getFileName()).isPositive();
                summary.failures().forEach(f -> {
                    assertThat(f.source().location()).as("failure names the file").contains(file.getFileName().toString());
                    assertThat(f.reason().english()).as("failure has a reason").isNotBlank().doesNotContain("Exception:");
                });
                boolean singleItem = !folder.equals("mbox") && !startsWithFrom(file) && summary.failed() == 0;
                if (singleItem) {
                    OriginalRepository originals = new OriginalRepository(store);
                    byte[] bytes = Files.readAllBytes(file);
                    long id = originals.findBySha(sha256(bytes)).orElseThrow(
                            () -> new AssertionError(file + " was imported but its exact bytes are not stored"));
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    originals.copyTo(id, out);
                    assertThat(out.toByteArray()).as(file.toString()).isEqualTo(bytes);
                }
            }
            assertEveryOriginalMatchesItsHash(store);
            assertThat(new app.dossier.store.IntegrityCheck(store).run()).isEmpty();
        }
    }

    @Test
    void mailboxesSplitIntoTheRightNumberOfMessages() throws Exception {
        Path mbox = SharedData.corpus().resolve("mbox");
        try (CaseStore store = TestCases.create(temp.resolve("m"))) {
            assertThat(TestCases.importPaths(store, mbox.resolve("mimekit__mbox-content-length.mbox")).imported())
                    .isEqualTo(29);
            assertThat(TestCases.importPaths(store, mbox.resolve("mimekit__mbox-unmunged.mbox")).imported())
                    .as("'From Russia with love' stays in the body").isEqualTo(2);
            assertThat(TestCases.importPaths(store, mbox.resolve("cpython__mailbox_01.mbox")).imported())
                    .as("'From time to time' stays in the body").isEqualTo(1);
            assertThat(TestCases.importPaths(store, mbox.resolve("tika__simple.mbox")).imported()).isEqualTo(2);
        }
    }

    /** What a mail client shows for a sample of hard files: German, Latin-1, raw 8-bit, broken charsets, Outlook. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            eml/flanker__from-encoding.eml | Re: running server as root (Was: Re: PUT method) | Ingo Lütkebohle | 1997-07-12T22:11:13+02:00
            eml/zbateson__github-102-01.eml | Die Hasen und die Frösche (Microsoft Outlook 00) | Doug Sauder | 2000-05-17T19:08:29-04:00
            eml/spamassassin__welcomelists-ibm_enews_de.eml | IBM eNews: Aktuelle Informationen von IBM | IBM Deutschland | 2002-07-04T13:32:06Z
            eml/tika__testRFC822_date_utf8.eml | Testemail | Philipp Steinkrüger | 2016-05-16T09:30:32+01:00
            eml/msgreader-net__EmailWithISO_8859_1_From.eml | Test | Some ßtring | 2025-01-28T11:28:01+01:00
            eml/mimekit__messages-japanese.eml | 日本語メールテスト (testing Japanese emails) | Atsushi Eno | 2015-07-22T01:02:29+09:00
            eml/flanker__bilingual-simple.eml | Simple text. How are you? Как ты поживаешь? | Hello | 2010-02-07T14:02:38-08:00
            msg/poi__ASCII_UTF-8_CP1252_LCID1031.msg | Subject öäü Subject | |
            msg/tika__testMSG.msg | MIME registry use cases | Jukka Zitting | 2009-01-29T19:16:40Z
            msg/msgreader-net__EmailWithSpecialCharsInSubject_2.msg | Un sujet très bien défini | Julie Clarebots | 2024-03-29T14:16:33Z
            """)
    void decodedHeadersMatchWhatAMailClientShows(String file, String subject, String fromName, String date)
            throws Exception {
        Path path = SharedData.corpus().resolve(file);
        try (CaseStore store = TestCases.create(temp.resolve("k"))) {
            assertThat(TestCases.importPaths(store, path).failed()).isZero();
            store.read(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT subject, from_name, sent_at FROM messages "
                        + "WHERE parent_message IS NULL ORDER BY id LIMIT 1");
                     ResultSet rs = s.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(subject);
                    if (fromName != null) {
                        assertThat(rs.getString(2)).isEqualTo(fromName);
                    }
                    if (date != null) {
                        assertThat(rs.getObject(3, OffsetDateTime.class)).isEqualTo(OffsetDateTime.parse(date));
                    }
                    return null;
                }
            });
        }
    }

    /**
     * Decoded addresses, the body's first words, the Date and the S/MIME verdict of a sample of
     * files, each value checked by hand against the raw bytes (and Python's decoders for the
     * encoded words). "-" means the header is absent.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            eml/rubymail__rfc6532-utf8_headers.eml | Jöhn Doe <jdöe@mächine.example> | Märy Smith <märy@exämple.net> | - | body | - | -
            eml/spamassassin__nice-unicode1.eml | Marilù Gioffré ♥ <Marilù.Gioffré@esempio-università.it> | Dörte Å. Sörensen, Jr. <Dörte@Sörensen.example.com> | θσερ@εχαμπλε.ψομ | - | 2015-10-05T12:00+02:00 | -
            eml/spamscope__mail_test_12.eml | 张先生 <baoguan@hotmail.com> | danglüe@email.com | - | 你好！我公司可代开各类增值税发票，17%专用发票，3%普通发票，点数优惠，所开发票均可查询验证后 | 2018-05-13T12:32:22+08:00 | -
            eml/zbateson__m3006.eml | Doug Sauder <dwsauder@example.com> | Jürgen Schmürgen <jschmuergen@example.com> | - | The Hare and the Tortoise A HARE one day ridiculed | 2000-05-19T00:50:08-04:00 | -
            eml/mimekit__smime-thunderbird-signed.eml | Jeffrey Stedfast <fejj@gnome.org> | fejj@gnome.org | - | This message is being generated and signed by Thunderbird 24.1.0 | 2013-11-02T16:28:04-04:00 | SMIME_SIGNED
            eml/mimetreeparser__smime-signed-apple.eml | Quack <quack@example.org> | Konqui <Konqui@kdab.com> | - | Olá Konqui, | 2017-01-20T11:51:41+01:00 | SMIME_SIGNATURE_INVALID
            eml/mimetreeparser__smime-encrypted.eml | test <test@example.com> | you@you.com | - | - | 2013-04-13T01:54:30+02:00 | SMIME_ENCRYPTED
            malformed/mime4j__testmsgs-missing-boundary.eml | - | - | - | AAA | - | STRUCTURE_BROKEN
            """)
    void decodedAddressesFirstWordsAndDatesMatchTheBytes(String file, String from, String to, String cc,
                                                         String firstWords, String date, String flag) throws Exception {
        Path path = SharedData.corpus().resolve(file);
        try (CaseStore store = TestCases.create(temp.resolve("v"))) {
            assertThat(TestCases.importPaths(store, path).failed()).isZero();
            store.read(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT from_name, from_email, to_list, cc_list, body_text, "
                        + "sent_at, flags FROM messages WHERE parent_message IS NULL ORDER BY id LIMIT 1");
                     ResultSet rs = s.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    String fromShown = new app.dossier.model.Address(rs.getString(1), rs.getString(2)).display();
                    assertThat(fromShown).isEqualTo(from == null ? "" : from);
                    assertThat(firstAddress(rs.getString(3))).isEqualTo(to == null ? "" : to);
                    assertThat(firstAddress(rs.getString(4))).isEqualTo(cc == null ? "" : cc);
                    String body = new String(rs.getBytes(5), java.nio.charset.StandardCharsets.UTF_8).strip();
                    if (firstWords == null) {
                        assertThat(body).isEmpty();
                    } else {
                        assertThat(body.replaceAll("\\s+", " ")).startsWith(firstWords);
                    }
                    OffsetDateTime sent = rs.getObject(6, OffsetDateTime.class);
                    assertThat(sent).isEqualTo(date == null ? null : OffsetDateTime.parse(date));
                    if (date != null) {
                        assertThat(sent.getOffset()).as("the sender's offset is kept").isEqualTo(
                                OffsetDateTime.parse(date).getOffset());
                    }
                    if (flag != null) {
                        assertThat(rs.getString(7)).contains(flag);
                    }
                    return null;
                }
            });
        }
    }

    @Test
    void anOutlookSmimeItemIsCheckedLikeASignedMail() throws Exception {
        Path msg = SharedData.corpus().resolve("msg/poi__logsat.com_signatures_valid.msg");
        try (CaseStore store = TestCases.create(temp.resolve("s"))) {
            TestCases.importPaths(store, msg);
            assertThat(TestCases.strings(store, "SELECT flags FROM messages")).singleElement().asString()
                    .contains("SMIME_SIGNED");
            var info = new app.dossier.ingest.msg.OutlookParser(TestCases.BERLIN).smime(Files.readAllBytes(msg))
                    .orElseThrow();
            assertThat(info.allValid()).isTrue();
            assertThat(info.signers()).singleElement().satisfies(s -> assertThat(s.subject()).contains("Roberto"));
        }
    }

    /** The first entry of a stored address list ("email TAB name" lines) as a mail client shows it. */
    private static String firstAddress(String list) {
        if (list == null || list.isEmpty()) {
            return "";
        }
        String line = list.split("\n")[0];
        int tab = line.indexOf('\t');
        return new app.dossier.model.Address(line.substring(tab + 1), line.substring(0, tab)).display();
    }

    @Test
    void outlookNonMailItemsBecomeNotesAndEmbeddedMailsTheirOwnMessages() throws Exception {
        Path msg = SharedData.corpus().resolve("msg");
        try (CaseStore store = TestCases.create(temp.resolve("o"))) {
            TestCases.importPaths(store, msg.resolve("poi__msgClassTask.msg"), msg.resolve("poi__msgClassAppointment.msg"),
                    msg.resolve("poi__msgClassContact.msg"), msg.resolve("poi__msgClassStickyNote.msg"));
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM notes")).isEqualTo(4);
            assertThat(TestCases.strings(store, "SELECT title FROM notes ORDER BY title"))
                    .contains("Must jump over the lazy dog", "Quick brown fox");

            TestCases.importPaths(store, msg.resolve("msgreader-js__msgInMsgInMsg.msg"));
            List<String> subjects = TestCases.strings(store, "SELECT subject FROM messages ORDER BY id");
            assertThat(subjects).hasSizeGreaterThanOrEqualTo(2);
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM messages WHERE parent_message IS NOT NULL"))
                    .as("embedded mails are linked to their parent").isPositive();
        }
    }

    private static void assertEveryOriginalMatchesItsHash(CaseStore store) throws Exception {
        OriginalRepository originals = new OriginalRepository(store);
        List<long[]> ids = new ArrayList<>();
        List<String> shas = new ArrayList<>();
        store.read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id, sha256 FROM originals")) {
                while (rs.next()) {
                    ids.add(new long[] {rs.getLong(1)});
                    shas.add(rs.getString(2));
                }
            }
            return null;
        });
        for (int i = 0; i < ids.size(); i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            originals.copyTo(ids.get(i)[0], out);
            assertThat(sha256(out.toByteArray())).isEqualTo(shas.get(i));
        }
    }

    private static boolean startsWithFrom(Path file) throws Exception {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            return text.startsWith("From ") || text.startsWith("\u00ef\u00bb\u00bfFrom ");
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
