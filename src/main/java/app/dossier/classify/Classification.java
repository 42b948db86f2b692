package app.dossier.classify;

import app.dossier.model.EventKind;
import java.util.List;
import java.util.Set;

/** The labels of a message, its key sentence, and why: which cue fired in which sentence; and any insulting words. */
public record Classification(Set<EventKind> labels, String keySentence, String why, List<Evidence> evidence,
                             List<String> insults) {
    public Classification {
        labels = Set.copyOf(labels);
        evidence = List.copyOf(evidence);
        insults = List.copyOf(insults);
    }

    /** One sentence that carries a label, and the cues that made it. */
    public record Evidence(EventKind label, String sentence, double score, List<String> reasons) {
        public Evidence {
            reasons = List.copyOf(reasons);
        }
    }
}
