package app.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.testing.SmimeMails;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier messages}: what was decoded, flagged and verified, for checking an import without the window. */
class MessagesCommandTest {
    private final CliRunner cli = new CliRunner();

    @TempDir
    Path temp;

    private Path caseWithMail() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("a.eml"), """
                From: Иван Петров <ivan@example.ru>
                To: jøran@example.com, Jürgen Müßig <juergen@example.de>
                Cc: 山田太郎 <taro@example.jp>
                Subject: Freigabe
                Date: Thu, 9 Oct 2003 13:30:57 -600
                Message-ID: <a@example.ru>
                Authentication-Results: mx.example.de; spf=pass smtp.mailfrom=example.ru; dkim=fail; dmarc=none

                Die Freigabe für das Update erteile ich hiermit, bitte am Freitag einspielen und danach melden, wenn es Probleme gibt. Danke und viele Grüße aus Bremen
                """, StandardCharsets.UTF_8);
        SmimeMails smime = new SmimeMails();
        Files.writeString(in.resolve("signed.eml"), smime.multipartSigned(), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("altered.eml"), smime.multipartSigned()
                .replace("<sig@example.de>", "<altered@example.de>").replace("I approve", "I reject"), StandardCharsets.UTF_8);
        Path location = temp.resolve("c.dossier");
        assertThat(cli.run("new", location.toString()).exitCode()).isZero();
        CliRunner.Result imported = cli.run("import", location.toString(), in.toString());
        assertThat(imported.out()).contains("imported 3, duplicates 0, failed 0");
        return location;
    }

    @Test
    void jsonListsDecodedAddressesDatesFlagsAndVerdicts() throws Exception {
        Path location = caseWithMail();
        CliRunner.Result result = cli.run("messages", location.toString(), "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode list = new ObjectMapper().readTree(result.out());
        assertThat(list).hasSize(3);
        JsonNode first = list.get(0);
        assertThat(first.get("date").asText()).isEqualTo("2003-10-09T13:30:57-06:00");
        assertThat(first.get("from").get("name").asText()).isEqualTo("Иван Петров");
        assertThat(first.get("from").get("email").asText()).isEqualTo("ivan@example.ru");
        assertThat(first.get("to").get(0).get("email").asText()).isEqualTo("jøran@example.com");
        assertThat(first.get("to").get(1).get("name").asText()).isEqualTo("Jürgen Müßig");
        assertThat(first.get("cc").get(0).get("name").asText()).isEqualTo("山田太郎");
        assertThat(first.get("message_id").asText()).isEqualTo("a@example.ru");
        assertThat(first.get("first_words").asText()).startsWith("Die Freigabe für das Update").endsWith("…");
        assertThat(first.get("flags").toString()).contains("DATE_MALFORMED");
        assertThat(first.get("authenticity").get("spf").asText()).isEqualTo("pass");
        assertThat(first.get("authenticity").get("dkim").asText()).isEqualTo("fail");

        JsonNode signed = find(list, "sig@example.de");
        assertThat(signed.get("authenticity").get("smime").asText()).isEqualTo("valid");
        assertThat(signed.get("authenticity").get("smime_parties").get(0).asText()).contains("CN=Miriam Vogt");
        assertThat(signed.get("flags").toString()).contains("SMIME_SIGNED");
        JsonNode altered = find(list, "altered@example.de");
        assertThat(altered.get("authenticity").get("smime").asText()).isEqualTo("content-altered");
        assertThat(altered.get("first_words").asText()).startsWith("I reject");
    }

    @Test
    void csvAndTextAndSearch() throws Exception {
        Path location = caseWithMail();
        CliRunner.Result csv = cli.run("messages", location.toString(), "--format", "csv");
        assertThat(csv.exitCode()).isZero();
        String[] lines = csv.out().split("\r?\n");
        assertThat(lines[0]).isEqualTo(String.join(",", MessageFormats.CSV_COLUMNS));
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).startsWith("1,2003-10-09T13:30:57-06:00,Иван Петров <ivan@example.ru>,"
                + "\"jøran@example.com, Jürgen Müßig <juergen@example.de>\",山田太郎 <taro@example.jp>,Freigabe,a@example.ru,");

        CliRunner.Result text = cli.run("messages", location.toString(), "--search", "freigabe");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("Иван Петров <ivan@example.ru>  Freigabe", "DATE_MALFORMED",
                "auth: spf=pass dkim=fail dmarc=none").doesNotContain("Approval");

        CliRunner.Result bad = cli.run("messages", location.toString(), "--format", "xml");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE_OR_CASE);
        assertThat(bad.err()).contains("xml").doesNotContain("Exception");
    }

    private static JsonNode find(JsonNode list, String messageId) {
        for (JsonNode n : list) {
            if (n.get("message_id").asText().equals(messageId)) {
                return n;
            }
        }
        throw new AssertionError("no message " + messageId);
    }
}
