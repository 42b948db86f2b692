package app.dossier.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The layer rules generated from the package table hold for the application, and each of them
 * can fail: a small test class in each package uses a package the table does not allow it.
 */
class LayerRulesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests()).importPackages(Layer.BASE);

    @ParameterizedTest(name = "{0}")
    @EnumSource(Layer.class)
    void eachPackageUsesOnlyWhatTheTableAllows(Layer layer) {
        LayerRules.of(layer).ifPresent(rule -> rule.check(MAIN));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Layer.class, names = "APP", mode = EnumSource.Mode.EXCLUDE)
    void eachRuleFailsOnAClassThatBreaksIt(Layer layer) throws ClassNotFoundException {
        // By convention the breaking class of a package is <package>.archfixture.Violation (test sources only).
        Class<?> violation = Class.forName(layer.packageName() + ".archfixture.Violation");
        ArchRule rule = LayerRules.of(layer).orElseThrow();
        JavaClasses breaking = new ClassFileImporter().importClasses(violation);
        assertThatThrownBy(() -> rule.check(breaking)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(violation.getName());
    }

    @Test
    void theDependenciesTheIssueNamesAreForbidden() {
        assertThat(Layer.CLI.forbidden()).contains(Layer.UI);
        assertThat(Layer.CLASSIFY.forbidden()).contains(Layer.STORE);
        assertThat(Layer.TIMELINE.forbidden()).contains(Layer.INGEST);
        assertThat(Layer.UI.forbidden()).contains(Layer.STORE);
    }

    @Test
    void theTableNamesEveryPackageOfTheApplication() {
        java.util.Set<String> known = Arrays.stream(Layer.values()).map(Layer::packageName)
                .collect(java.util.stream.Collectors.toSet());
        java.util.Set<String> used = MAIN.stream().map(c -> c.getPackageName())
                .map(p -> p.substring(0, p.indexOf('.', Layer.BASE.length() + 1) < 0 ? p.length()
                        : p.indexOf('.', Layer.BASE.length() + 1)))
                .collect(java.util.stream.Collectors.toSet());
        assertThat(known).containsAll(used);
    }

    @Test
    void aPackageOnlyNamesPackagesBelowIt() {
        for (Layer layer : Layer.values()) {
            assertThat(layer.allowed()).allMatch(a -> a.ordinal() < layer.ordinal());
        }
    }
}
