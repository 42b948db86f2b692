package app.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier phrases}, {@code dossier tag} and the key phrase lines of {@code dossier info}, on the sample case. */
class PhrasesCliTest {
    private static final String THREAT_ID = "<0F9DB956-4292-46EE-9D04-DA0703B85948@kessler-logistik.de>";

    @TempDir
    Path temp;

    private final CliRunner cli = new CliRunner();

    @Test
    void theSampleComesWithCardsAndTagAddsOne() throws Exception {
        String location = temp.resolve("sample.dossier").toString();
        assertThat(cli.run("sample", location, "--lang", "en").exitCode()).isZero();

        CliRunner.Result listed = cli.run("phrases", location);
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.err()).isEmpty();
        assertThat(listed.out().lines()).hasSize(5);
        assertThat(listed.out()).contains("[Their words] \u201cTHE CHANGES WILL BE DONE BY WEDNESDAY. PERIOD.",
                "[My warning] \u201cWe explicitly warn against implementing these changes.\u201d \u2014 Jonas Becker to Markus Wendt",
                "[Approval] \u201cPlease implement the changes tonight");

        CliRunner.Result tagged = cli.run("tag", location, "--message", THREAT_ID, "--quote",
                "That is EMBARRASSING and   UNPROFESSIONAL.", "--category", "their-words", "--note", "insult");
        assertThat(tagged.exitCode()).isZero();
        assertThat(tagged.out()).startsWith("Tagged #6 as Their words: \u201cThat is EMBARRASSING and UNPROFESSIONAL.\u201d");

        CliRunner.Result json = cli.run("phrases", location, "--format", "json");
        JsonNode cards = new ObjectMapper().readTree(json.out());
        assertThat(cards).hasSize(6);
        JsonNode last = cards.get(5);
        assertThat(last.get("category").asText()).isEqualTo("THEIR_WORDS");
        assertThat(last.get("note").asText()).isEqualTo("insult");
        assertThat(last.get("authorSide").asText()).isEqualTo("THEIRS");
        assertThat(last.get("time").asText()).isEqualTo("2026-03-09T07:58:12+01:00");
        assertThat(last.get("sha256").asText()).hasSize(64);
        assertThat(last.get("anchored").asBoolean()).isTrue();

        CliRunner.Result csv = cli.run("phrases", location, "--format", "csv");
        assertThat(csv.out().split("\r\n")).hasSize(7);
        assertThat(csv.out()).startsWith("id,order,category,");

        CliRunner.Result info = cli.run("info", location);
        assertThat(info.out()).contains("highlights: 6", "highlights not found: 0", "suggestions dismissed: 0");
    }

    @Test
    void aQuoteNotInTheMessageOrAnUnknownCategoryIsAClearError() {
        String location = temp.resolve("sample.dossier").toString();
        assertThat(cli.run("sample", location, "--lang", "en").exitCode()).isZero();
        CliRunner.Result missing = cli.run("tag", location, "--message", THREAT_ID, "--quote", "We approve it all.",
                "--category", "approval");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("dossier: The quote \u201cWe approve it all.\u201d does not stand in message "
                + THREAT_ID + ".");
        CliRunner.Result badCategory = cli.run("tag", location, "--message", THREAT_ID, "--quote", "PERIOD.",
                "--category", "gossip");
        assertThat(badCategory.exitCode()).isEqualTo(2);
        assertThat(badCategory.err()).contains("Unknown category gossip").doesNotContain("Exception");
        CliRunner.Result noMessage = cli.run("tag", location, "--message", "<nope@x>", "--quote", "PERIOD.",
                "--category", "custom:Ultimatum");
        assertThat(noMessage.exitCode()).isEqualTo(2);
        assertThat(noMessage.err()).contains("No message matches <nope@x>");
        CliRunner.Result custom = cli.run("tag", location, "--message", THREAT_ID, "--quote", "PERIOD.",
                "--category", "custom:Ultimatum");
        assertThat(custom.exitCode()).isZero();
        assertThat(custom.out()).contains("as Ultimatum");
        assertThat(cli.run("info", location).out()).contains("highlights: 6");
    }

    @Test
    void aNewCaseKnowsWhoTheUserIs() {
        String location = temp.resolve("mine.dossier").toString();
        assertThat(cli.run("new", location, "--me", "Jonas.Becker@nordlicht-software.de", "--me", "jb@example.org")
                .exitCode()).isZero();
        assertThat(cli.run("info", location).out()).contains("me: jb@example.org, jonas.becker@nordlicht-software.de");
        CliRunner.Result bad = cli.run("new", temp.resolve("bad.dossier").toString(), "--me", "Jonas Becker");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("Not an e-mail address: Jonas Becker");
        assertThat(temp.resolve("bad.dossier")).doesNotExist();
    }

    @Test
    void suggestionsAreListed() {
        String location = temp.resolve("sample.dossier").toString();
        assertThat(cli.run("sample", location, "--lang", "de").exitCode()).isZero();
        CliRunner.Result suggested = cli.run("phrases", location, "--suggested");
        assertThat(suggested.exitCode()).isZero();
        assertThat(suggested.out()).contains("[Threat] ", "[Approval] ");
        assertThat(suggested.out()).as("sentences tagged in the sample are not suggested again")
                .doesNotContain("DIE ÄNDERUNGEN SIND BIS MITTWOCH UMGESETZT.");
        assertThat(cli.run("phrases", location, "--suggested", "--format", "xml").exitCode()).isEqualTo(2);
    }
}
