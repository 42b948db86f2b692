package app.dossier.model;

import java.util.List;

/**
 * What reading one message found, kept in the case so the timeline of a large case is built
 * without reading every message again: the labelled sentences, the key sentence, insulting words,
 * shouting, and whether it is an invitation. {@code version} names the classifier that read it.
 */
public record MessageAnalysis(long messageId, String version, List<Finding> findings, String keySentence,
                              List<String> insults, boolean shouting, boolean invitation) {
    public MessageAnalysis {
        findings = List.copyOf(findings);
        insults = List.copyOf(insults);
        keySentence = keySentence == null ? "" : keySentence;
    }

    /** One sentence that carries a label, its score and the cues behind it in words. */
    public record Finding(EventKind label, String sentence, double score, List<String> reasons) {
        public Finding {
            reasons = List.copyOf(reasons);
        }
    }
}
