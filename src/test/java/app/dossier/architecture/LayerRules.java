package app.dossier.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import java.util.Optional;

/** The layer rules, made from {@link Layer}: one rule per package, naming what it must not use and why. */
final class LayerRules {
    private LayerRules() {
    }

    /** The rule of {@code layer}; empty for a package that may use every other one (the composition root). */
    static Optional<ArchRule> of(Layer layer) {
        String[] forbidden = layer.forbidden().stream().map(Layer::packages).sorted().toArray(String[]::new);
        if (forbidden.length == 0) {
            return Optional.empty();
        }
        return Optional.of(noClasses().that().resideInAPackage(layer.packages())
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because("DESIGN.md's package table lets " + layer.packageName() + " use only "
                        + layer.allowed().stream().map(l -> l.name().toLowerCase()).sorted().toList()
                        + "; a new arrow is a reviewed change to the table (architecture/Layer.java)")
                // Packages still to come (key phrases, rehearsal, briefing) have no classes yet.
                .allowEmptyShould(true));
    }
}
