package app.dossier.timeline;

import app.dossier.model.Fact;
import app.dossier.model.TimelineEvent;
import java.util.List;

/** How the paper trail weighs one event: written or said, sure or a guess, and who to name for it. */
final class Readings {
    private Readings() {
    }

    /** A reading counts as a fact when the user stands behind it or the classifier is sure enough. */
    static boolean sure(TimelineEvent e) {
        return e.review().byUser() || Confidence.isSure(e.confidence());
    }

    /** The fact, said with its caveat when any event it rests on is a reading nobody has reviewed. */
    static Fact resting(Fact fact, List<TimelineEvent> basis) {
        return basis.stream().anyMatch(e -> !e.review().byUser()) ? fact.asUnreviewed() : fact;
    }

    /** Mail is written evidence; the user's notes and hand-added events record what was said. */
    static boolean isWritten(TimelineEvent e) {
        return e.source() == app.dossier.model.EventSource.MESSAGE;
    }

    /** Who to name for an event: its actor, or for the note author's own words, the note. */
    static String who(TimelineEvent e) {
        return e.actor().isEmpty() ? e.summary() : e.actor();
    }

}
