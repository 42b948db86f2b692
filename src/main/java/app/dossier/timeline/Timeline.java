package app.dossier.timeline;

import app.dossier.model.ChangeProof;
import app.dossier.model.TimelineEvent;
import java.util.List;

/** The events in time order and the chain of proof of every change. */
public record Timeline(List<TimelineEvent> events, List<ChangeProof> chainOfProof) {
    public Timeline {
        events = List.copyOf(events);
        chainOfProof = List.copyOf(chainOfProof);
    }
}
