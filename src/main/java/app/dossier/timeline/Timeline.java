package app.dossier.timeline;

import app.dossier.model.ChangeProof;
import app.dossier.model.TimelineEvent;
import java.util.List;

/**
 * The events in time order, the chain of proof of every change, and the events the user hid (kept
 * so they can be shown again; they count for nothing).
 */
public record Timeline(List<TimelineEvent> events, List<ChangeProof> chainOfProof, List<TimelineEvent> hidden) {
    public Timeline {
        events = List.copyOf(events);
        chainOfProof = List.copyOf(chainOfProof);
        hidden = List.copyOf(hidden);
    }

    public Timeline(List<TimelineEvent> events, List<ChangeProof> chainOfProof) {
        this(events, chainOfProof, List.of());
    }

    Timeline withHidden(List<TimelineEvent> hiddenEvents) {
        return new Timeline(events, chainOfProof, hiddenEvents);
    }
}
