package app.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ingest.source.MboxReader;
import app.dossier.ingest.source.RawItem;
import app.dossier.model.ImportSummary;
import app.dossier.store.CaseStore;
import app.dossier.store.OriginalRepository;
import app.dossier.testing.SharedData;
import app.dossier.testing.TestCases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference story, imported as .eml files and as mbox, against the ground truth in its README. */
class ScenarioImportTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void emlFolderAndMboxGiveTwentySixMessagesWithTwoOriginalsEach(String lang) throws Exception {
        Path scenario = SharedData.scenario();
        try (CaseStore store = TestCases.create(temp.resolve("case"))) {
            ImportSummary files = TestCases.importPaths(store, scenario.resolve(lang));
            assertThat(files.failed()).as("failures: %s", files.failures()).isZero();
            assertThat(files.imported()).isEqualTo(30); // 26 mails and 4 notes

            ImportSummary mbox = TestCases.importPaths(store, scenario.resolve(lang + ".mbox"));
            assertThat(mbox.imported()).isEqualTo(26);
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM messages")).isEqualTo(26);
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM messages m WHERE "
                    + "(SELECT COUNT(*) FROM message_originals mo WHERE mo.message_id = m.id) = 2")).isEqualTo(26);
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM notes")).isEqualTo(4);

            ImportSummary again = TestCases.importPaths(store, scenario.resolve(lang), scenario.resolve(lang + ".mbox"));
            assertThat(again.line()).isEqualTo("imported 0, duplicates 56, failed 0");
            assertThat(TestCases.count(store, "SELECT COUNT(*) FROM originals")).isEqualTo(56);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void headersMatchTheGroundTruth(String lang) throws Exception {
        Path scenario = SharedData.scenario();
        JsonNode truth = groundTruth(scenario);
        try (CaseStore store = TestCases.create(temp.resolve("case"))) {
            TestCases.importPaths(store, scenario.resolve(lang));
            for (JsonNode entry : truth) {
                OffsetDateTime date = OffsetDateTime.parse(entry.get("date").asText());
                Row row = rowAt(store, date);
                assertThat(row).as("message %d at %s", entry.get("n").asInt(), date).isNotNull();
                assertThat(row.from()).isEqualTo(entry.get("from").asText());
                assertThat(row.to()).isEqualTo(emails(entry.get("to")));
                assertThat(row.cc()).isEqualTo(emails(entry.get("cc")));
                assertThat(row.sentAt().getOffset()).as("the sender's offset is kept").isEqualTo(date.getOffset());
                if (!entry.get("in_reply_to").isNull()) {
                    JsonNode parent = truth.get(entry.get("in_reply_to").asInt() - 1);
                    Row parentRow = rowAt(store, OffsetDateTime.parse(parent.get("date").asText()));
                    assertThat(row.inReplyTo()).isEqualTo(parentRow.messageId());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyOriginalExportsByteIdentical(String lang) throws Exception {
        Path scenario = SharedData.scenario();
        try (CaseStore store = TestCases.create(temp.resolve("case"))) {
            TestCases.importPaths(store, scenario.resolve(lang));
            OriginalRepository originals = new OriginalRepository(store);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(scenario.resolve(lang))) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            assertThat(files).hasSize(30);
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                long id = originals.findBySha(sha256(bytes)).orElseThrow(() -> new AssertionError("missing " + file));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                originals.copyTo(id, out);
                assertThat(out.toByteArray()).as(file.toString()).isEqualTo(bytes);
            }
        }
    }

    /** The README promises: unescaping the mbox and converting LF to CRLF gives the .eml files. */
    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void mboxEntriesAreTheEmlFilesWithLfEndings(String lang) throws Exception {
        Path scenario = SharedData.scenario();
        app.dossier.testing.CollectingSink sink = new app.dossier.testing.CollectingSink();
        new MboxReader(scenario.resolve(lang + ".mbox")).read(sink);
        List<RawItem> items = sink.items();
        List<Path> emls;
        try (Stream<Path> list = Files.list(scenario.resolve(lang))) {
            emls = list.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        assertThat(items).hasSize(26);
        for (int i = 0; i < 26; i++) {
            String crlf = new String(items.get(i).bytes(), StandardCharsets.ISO_8859_1).replace("\n", "\r\n");
            assertThat(crlf.getBytes(StandardCharsets.ISO_8859_1)).as(emls.get(i).toString())
                    .isEqualTo(Files.readAllBytes(emls.get(i)));
            assertThat(items.get(i).source().offset()).isGreaterThanOrEqualTo(0);
        }
    }

    private record Row(String messageId, String from, Set<String> to, Set<String> cc, OffsetDateTime sentAt,
                       String inReplyTo) {
    }

    private static Row rowAt(CaseStore store, OffsetDateTime date) {
        return store.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT message_id, from_email, to_list, cc_list, sent_at, "
                    + "in_reply_to FROM messages WHERE sent_at = ?")) {
                s.setObject(1, date);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    return new Row(rs.getString(1), rs.getString(2), emailsOf(rs.getString(3)), emailsOf(rs.getString(4)),
                            rs.getObject(5, OffsetDateTime.class), rs.getString(6));
                }
            }
        });
    }

    private static Set<String> emailsOf(String encoded) {
        Set<String> result = new HashSet<>();
        if (!encoded.isEmpty()) {
            for (String line : encoded.split("\n")) {
                result.add(line.split("\t")[0].toLowerCase());
            }
        }
        return result;
    }

    private static Set<String> emails(JsonNode array) {
        Set<String> result = new HashSet<>();
        array.forEach(n -> result.add(n.asText().toLowerCase()));
        return result;
    }

    static JsonNode groundTruth(Path scenario) throws Exception {
        String readme = Files.readString(scenario.resolve("README.md"));
        int start = readme.indexOf("```json");
        int end = readme.indexOf("```", start + 7);
        return new ObjectMapper().readTree(readme.substring(start + 7, end));
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
