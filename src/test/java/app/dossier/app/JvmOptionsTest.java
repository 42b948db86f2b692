package app.dossier.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JIT options of docs/decisions/0044 live in one argument file for the launchers and the
 * benches; the window's package and {@code mvn javafx:run} cannot read it and repeat them, so this
 * checks that all three say the same.
 */
class JvmOptionsTest {
    private static final Path OPTIONS = Path.of("src/main/dist/dossier.jvm-options");

    private static List<String> options() throws IOException {
        return Files.readAllLines(OPTIONS).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void theArgumentFileHoldsOnlyJvmOptions() throws IOException {
        assertThat(options()).isNotEmpty().allSatisfy(o -> assertThat(o).matches("-XX:[A-Za-z]+=\\d+"));
    }

    @Test
    void thePackagedWindowGetsTheSameOptions() throws IOException {
        List<String> packaged = Files.readAllLines(Path.of("packaging/jpackage.args")).stream().map(String::strip).toList();
        for (String option : options()) {
            assertThat(packaged).as("packaging/jpackage.args").contains("--java-options " + option);
        }
    }

    @Test
    void javafxRunGetsTheSameOptions() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int plugin = pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>");
        assertThat(plugin).as("the javafx plugin in pom.xml").isPositive();
        String configuration = pom.substring(plugin, pom.indexOf("</plugin>", plugin));
        for (String option : options()) {
            assertThat(configuration).as("javafx-maven-plugin's options").contains("<option>" + option + "</option>");
        }
    }
}
