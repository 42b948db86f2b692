package app.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Outlook data file through the command line: import, list, and an export that says it is a conversion. */
class PstCliTest {
    private final CliRunner cli = new CliRunner();

    @TempDir
    Path temp;

    @Test
    void importListAndExportAConvertedItem() throws Exception {
        Path pst = app.dossier.testing.TikaDocuments.copy("testPST.pst", temp);
        Path location = temp.resolve("c.dossier");
        cli.run("new", location.toString());
        CliRunner.Result imported = cli.run("import", location.toString(), pst.toString(), "--keep-pst-under", "0");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).endsWith("imported 8, duplicates 0, failed 0" + System.lineSeparator());

        CliRunner.Result listed = cli.run("messages", location.toString(), "--search", "kottmann");
        assertThat(listed.out()).contains("Jörn Kottmann <kottmann@gmail.com>  Re: Feature Generators");

        Path out = temp.resolve("one.eml");
        CliRunner.Result exported = cli.run("export", location.toString(), "--message", "1", "-o", out.toString());
        assertThat(exported.exitCode()).isZero();
        assertThat(exported.out()).contains("a faithful conversion to MIME of an item in an Outlook data file");
        assertThat(Files.readString(out)).contains("X-Dossier-Converted: folder \"/Début du fichier de données Outlook\"");

        CliRunner.Result negative = cli.run("import", location.toString(), pst.toString(), "--keep-pst-under", "-1");
        assertThat(negative.exitCode()).isEqualTo(ExitCode.USAGE_OR_CASE);
        assertThat(negative.err()).contains("--keep-pst-under");
    }
}
