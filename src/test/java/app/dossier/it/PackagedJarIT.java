package app.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code target/dossier.jar} as a user would, in a separate JVM without a display. */
class PackagedJarIT {
    private static final Path JAR = Path.of("target/dossier.jar");

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    private Run dossier(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Ddossier.home=" + temp.resolve("config"), "-Djava.awt.headless=true", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("dossier finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void versionNewAndInfoWorkHeadless() throws Exception {
        assertThat(JAR).isRegularFile();
        Run version = dossier("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).matches("(?s)Dossier \\d+\\.\\d+\\.\\d+.*");

        Path location = temp.resolve("case.dossier");
        Run created = dossier("new", location.toString());
        assertThat(created.exitCode()).isZero();
        assertThat(created.err()).isEmpty();

        Run info = dossier("info", location.toString());
        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).contains("originals: 0", "highlights: 0");
        assertThat(info.err()).as("no log noise on stderr").isEmpty();

        Run missing = dossier("info", temp.resolve("missing").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).doesNotContain("\n").startsWith("dossier:");
    }

    @Test
    void aBriefingOfTheSampleLeavesStderrEmpty() throws Exception {
        Path location = temp.resolve("sample.dossier");
        assertThat(dossier("sample", location.toString(), "--lang", "en").exitCode()).isZero();
        Path pdf = temp.resolve("briefing.pdf");
        Run brief = dossier("brief", location.toString(), "-o", pdf.toString(), "--lang", "de");
        assertThat(brief.exitCode()).isZero();
        assertThat(brief.err()).as("the PDF renderer's progress stays out of stderr").isEmpty();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    }
}
