package app.dossier.model;

import java.util.List;

/** The chain of proof for one change: the change and what the paper trail shows about it. */
public record ChangeProof(TimelineEvent change, List<Fact> findings) {
    public ChangeProof {
        findings = List.copyOf(findings);
    }
}
