package app.dossier.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md, each with the reason it exists. */
@AnalyzeClasses(packages = "app.dossier", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("app.dossier.(**)")
            .should().beFreeOfCycles()
            .because("a cycle makes two packages one, and then neither can be understood or tested alone");

    @ArchTest
    static final ArchRule onlyFrontEndsUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("app.dossier.ui..", "app.dossier.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                    "org.kordamp..")
            .because("services must run headless for the command line and for tests");

    @ArchTest
    static final ArchRule modelIsPlainJava = classes()
            .that().resideInAPackage("app.dossier.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "app.dossier.model..")
            .because("the domain records are shared by every layer and must not drag any library along");

    @ArchTest
    static final ArchRule uiNeverTouchesTheStore = noClasses()
            .that().resideInAPackage("app.dossier.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("app.dossier.store..", "java.sql..", "javax.sql..",
                    "org.h2..", "org.flywaydb..")
            .because("views go through services, so every write stays in one transactional place");
}
