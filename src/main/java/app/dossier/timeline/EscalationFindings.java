package app.dossier.timeline;

import static app.dossier.timeline.Readings.isWritten;

import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** The escalation part of a change's chain of proof: whether the doer brought the matter to someone who decides. */
final class EscalationFindings {
    /** A person's key from "Name &lt;address&gt;" (see {@link PaperTrail}). */
    private final Function<String, String> person;

    EscalationFindings(Function<String, String> person) {
        this.person = person;
    }

    /**
     * Escalated when, before acting, the doer brought the matter to someone other than the requester
     * who could decide: a forward, or a message by the doer reaching the person who approved.
     */
    Fact of(TimelineEvent change, List<TimelineEvent> before, List<TimelineEvent> approvals, String requester) {
        String doer = person.apply(change.actor());
        Set<String> deciders = new LinkedHashSet<>();
        approvals.forEach(a -> deciders.add(person.apply(a.actor())));
        deciders.remove(doer);
        deciders.remove(requester);
        for (TimelineEvent e : before) {
            if (!person.apply(e.actor()).equals(doer) || !isWritten(e)) {
                continue;
            }
            for (String reader : e.audience()) {
                if (deciders.contains(person.apply(reader))) {
                    return Fact.of(FactType.ESCALATED, reader, e.time());
                }
            }
            if (e.has(FactType.FORWARDED) && !e.audience().isEmpty()) {
                return Fact.of(FactType.ESCALATED, String.join(", ", e.audience()), e.time());
            }
        }
        // The doer called someone who decides and noted that they approved: escalated by phone.
        for (TimelineEvent a : approvals) {
            if (!isWritten(a) && a.time().isBefore(change.time()) && deciders.contains(person.apply(a.actor()))) {
                return Fact.of(FactType.ESCALATED, a.actor(), a.time());
            }
        }
        return Fact.of(FactType.NOT_ESCALATED);
    }
}
