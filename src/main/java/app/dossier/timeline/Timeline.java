package app.dossier.timeline;

import app.dossier.model.ChangeProof;
import app.dossier.model.TimelineEvent;
import java.util.List;

/**
 * The events in time order, the chain of proof of every change, the events the user hid (kept so
 * they can be shown again; they count for nothing), and the candidates: readings the classifier is
 * too unsure of to put on the timeline, offered in the review queue and in the chain of proof's
 * "not found for sure — check these" (docs/decisions/0034).
 */
public record Timeline(List<TimelineEvent> events, List<ChangeProof> chainOfProof, List<TimelineEvent> hidden,
                       List<TimelineEvent> candidates) {
    public Timeline {
        events = List.copyOf(events);
        chainOfProof = List.copyOf(chainOfProof);
        hidden = List.copyOf(hidden);
        candidates = List.copyOf(candidates);
    }

    public Timeline(List<TimelineEvent> events, List<ChangeProof> chainOfProof) {
        this(events, chainOfProof, List.of(), List.of());
    }

    public Timeline(List<TimelineEvent> events, List<ChangeProof> chainOfProof, List<TimelineEvent> hidden) {
        this(events, chainOfProof, hidden, List.of());
    }

    Timeline withHidden(List<TimelineEvent> hiddenEvents) {
        return new Timeline(events, chainOfProof, hiddenEvents, candidates);
    }
}
