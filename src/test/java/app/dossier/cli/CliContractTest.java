package app.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliContractTest {
    private final CliRunner cli = new CliRunner();

    @TempDir
    Path temp;

    @Test
    void helpAndVersion() {
        CliRunner.Result help = cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Usage: dossier", "new", "info");
        CliRunner.Result version = cli.run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("Dossier ");
    }

    @Test
    void newThenInfoCountsAnEmptyCase() {
        Path location = temp.resolve("k.dossier");
        CliRunner.Result created = cli.run("new", location.toString(), "--title", "Kessler portal");
        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).contains("Kessler portal");

        CliRunner.Result info = cli.run("info", location.toString());
        assertThat(info.exitCode()).isZero();
        assertThat(info.err()).isEmpty();
        assertThat(info.out()).contains("title: Kessler portal", "encrypted: no", "originals: 0", "messages: 0",
                "notes: 0", "events: 0", "highlights: 0", "failures: 0");
    }

    @Test
    void encryptedCaseNeedsThePasswordFile() throws Exception {
        Path location = temp.resolve("secret");
        Path good = Files.writeString(temp.resolve("pw"), "s3cret words\n");
        Path bad = Files.writeString(temp.resolve("bad"), "guess\n");
        assertThat(cli.run("new", location.toString(), "--password-file", good.toString()).exitCode()).isZero();

        CliRunner.Result none = cli.run("info", location.toString());
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE_OR_CASE);
        assertThat(none.err()).contains("encrypted").doesNotContain("Exception").hasLineCount(1);

        CliRunner.Result wrong = cli.run("info", location.toString(), "--password-file", bad.toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.USAGE_OR_CASE);
        assertThat(wrong.err()).contains("password does not open").hasLineCount(1);

        CliRunner.Result right = cli.run("info", location.toString(), "--password-file", good.toString());
        assertThat(right.exitCode()).isZero();
        assertThat(right.out()).contains("encrypted: yes");
    }

    @Test
    void classifyReadsAndWritesJsonLines() {
        String input = "{\"id\":\"a\",\"lang\":\"en\",\"text\":\"Could you switch off 2FA for the back office?\"}\n"
                + "{\"id\":\"b\",\"text\":\"Die Konfiguration wurde heute um 20:05 Uhr eingespielt.\"}\n"
                + "not json\n";
        CliRunner.Result result = cli.withInput(input).run("classify");
        assertThat(result.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(result.out().lines()).hasSize(2);
        assertThat(result.out().lines().toList().get(0)).contains("\"id\":\"a\"", "\"labels\":[\"REQUEST\"]",
                "\"key\":\"Could you switch off 2FA for the back office?\"", "\"why\":");
        assertThat(result.out().lines().toList().get(1)).contains("\"id\":\"b\"", "CHANGE");
        assertThat(result.err()).contains("line 3").hasLineCount(1);
    }

    @Test
    void errorsAreOneLineAndExitTwo() throws Exception {
        CliRunner.Result missing = cli.run("info", temp.resolve("nowhere").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE_OR_CASE);
        assertThat(missing.err()).startsWith("dossier: There is no case at").hasLineCount(1);

        CliRunner.Result unknown = cli.run("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE_OR_CASE);
        assertThat(unknown.err()).contains("frobnicate").doesNotContain("at app.dossier");

        Path existing = Files.createDirectories(temp.resolve("full"));
        Files.writeString(existing.resolve("keep.txt"), "keep");
        CliRunner.Result taken = cli.run("new", existing.toString());
        assertThat(taken.exitCode()).isEqualTo(ExitCode.USAGE_OR_CASE);
        assertThat(existing.resolve("keep.txt")).hasContent("keep");

        CliRunner.Result noPasswordFile = cli.run("new", temp.resolve("x").toString(), "--password-file",
                temp.resolve("absent").toString());
        assertThat(noPasswordFile.exitCode()).isEqualTo(ExitCode.USAGE_OR_CASE);
        assertThat(noPasswordFile.err()).contains("cannot be read").hasLineCount(1);
        assertThat(temp.resolve("x")).doesNotExist();
    }
}
