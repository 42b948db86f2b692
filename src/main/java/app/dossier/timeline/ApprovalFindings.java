package app.dossier.timeline;

import static app.dossier.timeline.Readings.isWritten;
import static app.dossier.timeline.Readings.resting;
import static app.dossier.timeline.Readings.sure;
import static app.dossier.timeline.Readings.who;

import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The approval part of a change's chain of proof: in writing before, noted by hand (a call) before,
 * confirmed in writing after a phone approval, given only after, or none; and what to check before a
 * gap is said.
 */
final class ApprovalFindings {
    /** An approval written after the fact that refers to one given by phone or in person. */
    private static final Pattern CONFIRMS_ORAL = Pattern.compile("(?iu)\\b(phone|call|called|verbal(ly)?|in person|"
            + "as (discussed|agreed)|confirm(ing)? (my|our|the) (approval|ok|okay|go-ahead)|telefon\\w*|mündlich\\w*|"
            + "wie (besprochen|vereinbart|abgesprochen)|bestätige (hiermit )?(meine|unsere|die) (Freigabe|Zustimmung))\\b");

    /** A person's key from "Name &lt;address&gt;" (see {@link PaperTrail}). */
    private final Function<String, String> person;
    /** Written approvals found to confirm a phone approval: the link is said on them too. */
    private final Map<TimelineEvent, Fact> confirmations;

    ApprovalFindings(Function<String, String> person, Map<TimelineEvent, Fact> confirmations) {
        this.person = person;
        this.confirmations = confirmations;
    }

    /**
     * The approval findings: in writing before, noted by hand before, confirmed or given only after,
     * or none. Unsure readings are listed to check, and a gap is said only when there is no candidate.
     */
    List<Fact> of(List<TimelineEvent> before, List<TimelineEvent> laterApprovals, List<TimelineEvent> laterToDoer,
                  String doer, String requester) {
        List<Fact> facts = new ArrayList<>();
        // The doer cannot approve their own change; anyone else's consent counts, the requester's too.
        List<TimelineEvent> all = before.stream()
                .filter(e -> e.kind() == EventKind.APPROVAL && !person.apply(e.actor()).equals(doer)).toList();
        List<TimelineEvent> approvals = all.stream().filter(Readings::sure).toList();
        TimelineEvent written = approvals.stream().filter(Readings::isWritten).reduce((x, y) -> y).orElse(null);
        TimelineEvent noted = approvals.stream().filter(e -> !isWritten(e)).reduce((x, y) -> y).orElse(null);
        if (written != null) {
            facts.add(resting(Fact.of(FactType.APPROVED_BEFORE, written.actor(), written.time()), List.of(written)));
            return facts;
        }
        if (noted != null) {
            facts.add(resting(Fact.of(FactType.APPROVAL_NOTED_BEFORE, who(noted), noted.time()), List.of(noted)));
        }
        List<TimelineEvent> candidates = new ArrayList<>(all.stream().filter(e -> !sure(e) && isWritten(e)).toList());
        if (noted == null) {
            candidates.addAll(misread(before, doer, requester));
        }
        if (!candidates.isEmpty()) {
            facts.add(Fact.of(FactType.APPROVAL_UNSURE, candidates));
        }
        List<TimelineEvent> laterOnes = laterApprovals.stream()
                .filter(e -> isWritten(e) && sure(e) && !person.apply(e.actor()).equals(doer)).toList();
        // A written approval by the one who approved by phone is the confirmation, whoever else wrote first.
        TimelineEvent later = laterOnes.stream().filter(e -> noted != null && person.apply(e.actor()).equals(person.apply(noted.actor())))
                .findFirst().orElse(laterOnes.isEmpty() ? null : laterOnes.get(0));
        if (later == null && noted != null) {
            later = confirmationReadOtherwise(laterToDoer, noted, doer);
        }
        if (later != null && noted != null) {
            facts.add(resting(Fact.of(FactType.APPROVAL_CONFIRMS_NOTED, later.actor(), later.time(), noted.time()),
                    List.of(later, noted)));
            confirmations.put(later, Fact.of(FactType.CONFIRMS_ORAL_APPROVAL, noted.time(), noted.summary()));
        } else if (later != null) {
            boolean confirms = CONFIRMS_ORAL.matcher(later.key()).find();
            facts.add(resting(Fact.of(confirms ? FactType.APPROVAL_CONFIRMED_LATER : FactType.APPROVAL_AFTER,
                    later.actor(), later.time()), List.of(later)));
        } else if (noted == null && candidates.isEmpty()) {
            facts.add(Fact.of(FactType.NO_APPROVAL));
        }
        return facts;
    }

    /**
     * The mail, after the change, in which the one who approved by phone confirms it in their own words
     * ("As agreed on our call on 24 March: … we accept the risk"), though it was read as something else:
     * the same person, to the doer, saying it refers to the call. It is linked like a written
     * confirmation; resting on a reading nobody has reviewed, it is said with that caveat.
     */
    private TimelineEvent confirmationReadOtherwise(List<TimelineEvent> laterToDoer, TimelineEvent noted, String doer) {
        String approver = person.apply(noted.actor());
        if (approver.isEmpty() || approver.equals(doer)) {
            return null;
        }
        return laterToDoer.stream().filter(e -> person.apply(e.actor()).equals(approver) && !e.review().byUser()
                && CONFIRMS_ORAL.matcher(e.key()).find()).findFirst().orElse(null);
    }

    /**
     * Mail to the doer before the change, read as something else, that nobody has reviewed: a consent
     * ("fine, do it then, it is your risk") is easily read as a warning or a request. Before "no written
     * approval" is said, these are the ones to check; once reviewed, the gap is a fact.
     */
    private List<TimelineEvent> misread(List<TimelineEvent> before, String doer, String requester) {
        return before.stream().filter(e -> isWritten(e) && !e.review().byUser() && !person.apply(e.actor()).equals(doer)
                && e.audience().stream().map(person).anyMatch(doer::equals)
                && (e.kind() == EventKind.WARNING || e.kind() == EventKind.OTHER
                || (e.kind() == EventKind.REQUEST && !person.apply(e.actor()).equals(requester)))).toList();
    }

}
