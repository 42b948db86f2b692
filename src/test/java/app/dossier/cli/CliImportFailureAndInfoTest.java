package app.dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ingest.source.PathReader;
import app.dossier.testing.FailingReader;
import app.dossier.testing.SyntheticMailbox;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliImportFailureAndInfoTest {
    @TempDir
    Path temp;

    @Test
    void anImportThatStopsPartWayExitsThreeNamesTheSourceAndImportingAgainCompletesIt() throws Exception {
        Path mbox = temp.resolve("inbox.mbox");
        SyntheticMailbox.write(mbox, 8, 3);
        Path location = temp.resolve("case.dossier");
        assertThat(new CliRunner().run("new", location.toString()).exitCode()).isZero();

        CliRunner.Result broken = new CliRunner().withReaders(p -> new FailingReader(new PathReader(p), 2))
                .run("import", location.toString(), mbox.toString());
        assertThat(broken.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(lastLine(broken.out())).isEqualTo("imported 2, duplicates 0, failed 1");
        assertThat(broken.err()).contains(mbox.toString(), "was not read to its end", "Input/output error")
                .doesNotContain("Exception");

        CliRunner.Result again = new CliRunner().run("import", location.toString(), mbox.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(lastLine(again.out())).isEqualTo("imported 6, duplicates 2, failed 0");

        Map<String, String> info = parse(new CliRunner().run("info", location.toString()).out());
        assertThat(info).containsEntry("messages", "8").containsEntry("originals", "8").containsEntry("failures", "1");
    }

    @Test
    void infoHasTheSameLabelsInEveryLanguageAndCountsTheEventsOfTheBuiltTimeline() {
        Path location = temp.resolve("sample.dossier");
        assertThat(new CliRunner().run("sample", location.toString(), "--lang", "en").exitCode()).isZero();

        CliRunner.Result english = new CliRunner(Locale.ENGLISH).run("info", location.toString());
        CliRunner.Result german = new CliRunner(Locale.GERMAN).run("info", location.toString());
        assertThat(english.exitCode()).isZero();
        Map<String, String> en = parse(english.out());
        Map<String, String> de = parse(german.out());
        assertThat(en.keySet()).startsWith("case", "title", "created", "encrypted", "originals", "messages",
                "notes", "events", "highlights", "failures", "highlights not found", "suggestions dismissed");
        assertThat(de).isEqualTo(en);

        String csv = new CliRunner().run("timeline", location.toString(), "--format", "csv").out();
        long timelineEvents = csv.lines().skip(1).filter(l -> !l.isBlank()).count();
        assertThat(Long.parseLong(en.get("events"))).isPositive();
        assertThat(Long.parseLong(en.get("events"))).isEqualTo(timelineEvents);
    }

    private static Map<String, String> parse(String out) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : out.split("\\R")) {
            int colon = line.indexOf(": ");
            assertThat(colon).as("line '%s' is name: value", line).isPositive();
            values.put(line.substring(0, colon), line.substring(colon + 2));
        }
        return values;
    }

    private static String lastLine(String out) {
        List<String> lines = Arrays.stream(out.split("\\R")).filter(l -> !l.isBlank()).toList();
        return lines.get(lines.size() - 1);
    }
}
