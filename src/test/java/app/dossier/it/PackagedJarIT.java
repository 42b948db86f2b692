package app.dossier.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    private static final Path LAUNCHER = Path.of("target/dossier");

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
        return finished(builder, "out");
    }

    /** Runs the process, output and errors to files named after {@code name}, and waits for it (a minute at most). */
    private Run finished(ProcessBuilder builder, String name) throws IOException, InterruptedException {
        Path out = temp.resolve(name + ".txt");
        Path err = temp.resolve(name + "-err.txt");
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

    /** Runs {@code target/dossier}, the command-line launcher beside the jar, with JAVA_OPTS as given. */
    private Run launcher(String javaOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISPLAY");
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("JAVA_OPTS", "-Ddossier.home=" + temp.resolve("config") + " -Djava.awt.headless=true "
                + javaOptions);
        return finished(builder, "launcher-out");
    }

    @Test
    void theLauncherRunsCommandsWithTheClassArchiveAndPassesExitCodesOn() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "the launcher script needs /bin/sh");
        assertThat(LAUNCHER).isExecutable();
        assertThat(Path.of("target/dossier.jsa")).as("the class archive the build makes").isRegularFile();

        Run version = launcher("", "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).as("nothing but the version on stdout").matches("Dossier \\d+\\.\\d+\\.\\d+\\R?");
        assertThat(version.err()).isEmpty();

        Run loaded = launcher("-Xlog:class+load=info", "--version");
        assertThat(loaded.out()).as("classes come from the archive")
                .contains("app.dossier.app.Launcher source: shared objects file (top)");

        // The JIT options of docs/decisions/0044 come from the argument file the build puts beside the launcher.
        Run flags = launcher("-XX:+PrintCommandLineFlags", "--version");
        assertThat(Path.of("target/dossier.jvm-options")).isRegularFile();
        for (String option : Files.readAllLines(Path.of("target/dossier.jvm-options"))) {
            if (!option.isBlank()) {
                assertThat(flags.out()).as("the JVM's flags").contains(option.strip());
            }
        }

        Path location = temp.resolve("sample.dossier");
        assertThat(launcher("", "sample", location.toString(), "--lang", "de").exitCode()).isZero();
        Path pdf = temp.resolve("briefing.pdf");
        Run brief = launcher("", "brief", location.toString(), "-o", pdf.toString(), "--lang", "en");
        assertThat(brief.exitCode()).isZero();
        assertThat(brief.err()).isEmpty();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));

        Run missing = launcher("", "info", temp.resolve("missing").toString());
        assertThat(missing.exitCode()).as("the exit code passes through").isEqualTo(2);
        assertThat(missing.err().strip()).startsWith("dossier:");
    }
}
