package app.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every subcommand answers --help with its usage instead of complaining about missing parameters. */
class CliHelpTest {
    private final CliRunner cli = new CliRunner();

    @ParameterizedTest
    @ValueSource(strings = {"import", "new", "info", "export", "sample", "check", "classify", "timeline", "messages"})
    void subcommandHelpPrintsUsage(String command) {
        for (String flag : new String[] {"--help", "-h"}) {
            CliRunner.Result result = cli.run(command, flag);
            assertThat(result.exitCode()).as(command + " " + flag).isZero();
            assertThat(result.out()).contains("Usage: dossier " + command);
            assertThat(result.err()).doesNotContain("Missing required");
        }
    }
}
