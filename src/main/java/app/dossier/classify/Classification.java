package app.dossier.classify;

import app.dossier.model.EventKind;
import java.util.List;
import java.util.Set;

/**
 * The labels of a message, its key sentence, {@code why}: the label of the surest finding (whose
 * reasons are in its evidence, coded, see {@code app.dossier.model.Reason}); and any insulting words.
 */
public record Classification(Set<EventKind> labels, String keySentence, String why, List<Evidence> evidence,
                             List<String> insults) {
    public Classification {
        labels = Set.copyOf(labels);
        evidence = List.copyOf(evidence);
        insults = List.copyOf(insults);
    }

    /** One sentence that carries a label, and the features or rules that made it (coded reasons). */
    public record Evidence(EventKind label, String sentence, double score, List<String> reasons) {
        public Evidence {
            reasons = List.copyOf(reasons);
        }
    }
}
