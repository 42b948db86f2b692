package app.dossier.timeline;

import static app.dossier.timeline.Readings.isWritten;
import static app.dossier.timeline.Readings.sure;

import app.dossier.model.Address;
import app.dossier.model.ChangeProof;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * For each change: the requests it answers, the warnings before it and whether they reached the
 * person who asked, the approval and whether it came first, and whether the matter was escalated
 * before acting. Gaps are said plainly.
 *
 * <p>Only events that belong to the change count, within {@link #LOOK_BACK}: its conversation
 * (thread), mail on the same topic (a shared ticket number such as KES-1283, or mostly the same
 * subject words) among the same people, and what the user noted of calls and meetings. People are
 * known by address; a name without one (from a note) is matched to the address it has elsewhere.
 */
final class PaperTrail {
    private static final Duration LOOK_BACK = Duration.ofDays(120);
    /** The start of the look-back, as a shift from the change (made once: the loops test it for every event). */
    private static final Duration LOOK_BACK_START = LOOK_BACK.negated();
    /** Warnings and approvals to or from the doer this close to the change belong to it whatever their subject. */
    private static final Duration NEAR = Duration.ofDays(30);

    private final Map<String, String> addressByName;
    /** Each event's topic and each person's key, made once: every change looks at many of the same events. */
    private final Map<TimelineEvent, Set<String>> topics = new java.util.IdentityHashMap<>();
    private final Map<String, String> persons = new HashMap<>();
    /** Written approvals found to confirm an approval noted by phone: the link is said on them too. */
    private final Map<TimelineEvent, Fact> confirmations = new java.util.IdentityHashMap<>();
    /** The checked list's events as numbers, made once per check (set by {@link #check}). */
    private EventPositions positions;

    private PaperTrail(Map<String, String> addressByName) {
        this.addressByName = addressByName;
    }

    /** Returns the events with paper-trail facts added to every CHANGE, and the chain of proof. */
    static Timeline check(List<TimelineEvent> events) {
        return check(events, e -> true);
    }

    /** As {@link #check(List)}, where only the changes {@code starts} accepts get a chain of proof. */
    static Timeline check(List<TimelineEvent> events, java.util.function.Predicate<TimelineEvent> starts) {
        Map<String, String> addressByName = new HashMap<>();
        // The first address a name has wins, so a display seen before adds nothing: each is parsed once.
        Set<String> seen = new java.util.HashSet<>();
        for (TimelineEvent e : events) {
            if (seen.add(e.actor())) {
                learnAddress(e.actor(), addressByName);
            }
            e.audience().forEach(a -> {
                if (seen.add(a)) {
                    learnAddress(a, addressByName);
                }
            });
        }
        PaperTrail trail = new PaperTrail(addressByName);
        trail.positions = new EventPositions(events, trail::person);
        List<TimelineEvent> result = new ArrayList<>(events.size());
        List<ChangeProof> proofs = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent event = events.get(i);
            if (event.kind() != EventKind.CHANGE || !starts.test(event)) {
                result.add(event);
                continue;
            }
            int index = i;
            List<Fact> findings = trail.findingsFor(event, trail.related(events, i, event),
                    () -> trail.requestsOfItsPeople(events, index, event));
            TimelineEvent checked = event.withFacts(findings);
            result.add(checked);
            proofs.add(new ChangeProof(checked, findings));
        }
        if (!trail.confirmations.isEmpty()) {
            result.replaceAll(e -> {
                Fact link = trail.confirmations.get(e);
                return link == null || e.facts().contains(link) ? e : e.withFacts(List.of(link));
            });
        }
        return new Timeline(result, proofs);
    }

    private record Related(List<TimelineEvent> before, List<TimelineEvent> laterApprovals,
                           List<TimelineEvent> laterByDoer, List<TimelineEvent> laterToDoer) {
    }

    /** Events that belong to the change within the look-back, in time order; and later approvals. */
    private Related related(List<TimelineEvent> events, int index, TimelineEvent change) {
        int[] people = positions.numbersOf(people(change));
        Set<String> topic = Topics.of(change);
        int doer = positions.personOf(change.actor());
        List<TimelineEvent> before = new ArrayList<>();
        for (int i = index - 1; i >= 0 && positions.isAfter(i, index, LOOK_BACK_START); i--) {
            TimelineEvent e = events.get(i);
            // Only requests, warnings, approvals and the doer's own mail say anything about the change;
            // checking the kind first keeps a case with many changes quick.
            boolean weighs = e.kind() == EventKind.REQUEST || e.kind() == EventKind.WARNING
                    || e.kind() == EventKind.APPROVAL || positions.actor(i) == doer;
            if (weighs && positions.isBefore(i, index) && belongs(i, e, index, change, people, topic, doer)) {
                before.add(e);
            }
        }
        Collections.reverse(before);
        List<TimelineEvent> laterApprovals = new ArrayList<>();
        List<TimelineEvent> laterByDoer = new ArrayList<>();
        List<TimelineEvent> laterToDoer = new ArrayList<>();
        for (int i = index + 1; i < events.size() && positions.isBefore(i, index, LOOK_BACK); i++) {
            TimelineEvent e = events.get(i);
            // An approval afterwards must reach the doer: a mail that only informs someone else (one's
            // boss, a colleague) of what was done is an escalation, not an approval.
            if (e.kind() == EventKind.APPROVAL && positions.reaches(i, doer) && !e.has(FactType.FORWARDED)
                    && belongs(i, e, index, change, people, topic, doer)) {
                laterApprovals.add(e);
            }
            if (positions.actor(i) == doer && positions.isBefore(i, index, NEAR)
                    && belongs(i, e, index, change, people, topic, doer)) {
                laterByDoer.add(e);
            }
            // Mail to the doer soon after, read as something else: a written confirmation of an approval
            // by phone ("As agreed on our call: … we accept the risk") is easily read as a warning.
            if (e.kind() != EventKind.APPROVAL && isWritten(e) && positions.isBefore(i, index, NEAR)
                    && positions.reaches(i, doer) && !e.has(FactType.FORWARDED)) {
                laterToDoer.add(e);
            }
        }
        return new Related(before, laterApprovals, laterByDoer, laterToDoer);
    }

    /** Whether event {@code e}, at position {@code i} of the checked list, belongs to the change. */
    private boolean belongs(int i, TimelineEvent e, int changeIndex, TimelineEvent change, int[] people,
                            Set<String> topic, int doer) {
        if (!change.thread().isEmpty() && change.thread().equals(e.thread())) {
            return true;
        }
        // A warning the doer wrote to a colleague, or an approval sent to the doer, days before or
        // after the change is about it even under another subject: that is how warnings stay internal
        // and how phone approvals get confirmed.
        boolean near = positions.near(i, changeIndex, NEAR);
        boolean byDoer = positions.actor(i) == doer;
        boolean toDoer = positions.reaches(i, doer);
        if (near && (byDoer || (toDoer && (e.kind() == EventKind.APPROVAL || e.kind() == EventKind.WARNING)))) {
            return true;
        }
        boolean samePeople = positions.involves(i, people);
        if (e.source() == app.dossier.model.EventSource.MANUAL || change.source() == app.dossier.model.EventSource.MANUAL) {
            return true; // the user put it on the timeline for this story
        }
        if (!isWritten(e)) {
            return samePeople || e.actor().isEmpty(); // a note of a call with these people, or the user's own words
        }
        return samePeople && Topics.same(topic, topics.computeIfAbsent(e, Topics::of));
    }

    /** How many requests of the change's people under other subjects are offered to check, the latest first. */
    private static final int OTHER_REQUESTS = 5;

    /**
     * Written requests, within the look-back, by the people the change was written to or by (not the
     * doer), whatever their subject: when none of them is tied to the change by thread or subject, they
     * are still the ones to check before anybody says "no written request" — a mail reporting a change
     * often has a subject of its own ("Erledigt: …" answering "Freigabelinks für Mandanten").
     */
    private List<TimelineEvent> requestsOfItsPeople(List<TimelineEvent> events, int index, TimelineEvent change) {
        int[] people = positions.numbersOf(people(change));
        int doer = positions.personOf(change.actor());
        List<TimelineEvent> found = new ArrayList<>();
        for (int i = index - 1; i >= 0 && positions.isAfter(i, index, LOOK_BACK_START) && found.size() < OTHER_REQUESTS;
             i--) {
            TimelineEvent e = events.get(i);
            if (e.kind() == EventKind.REQUEST && isWritten(e) && positions.isBefore(i, index)
                            && !e.actor().isEmpty() && positions.actor(i) != doer && positions.isByOneOf(i, people)) {
                found.add(e);
            }
        }
        Collections.reverse(found);
        return found;
    }

    private List<Fact> findingsFor(TimelineEvent change, Related related,
                                   java.util.function.Supplier<List<TimelineEvent>> requestsOfItsPeople) {
        List<TimelineEvent> before = related.before();
        List<Fact> facts = new ArrayList<>();
        String doer = person(change.actor());
        RequestFindings.Requests requests = new RequestFindings(this::person).of(before, doer, requestsOfItsPeople);
        facts.addAll(requests.facts());
        String requester = requests.requester();
        facts.addAll(new WarningFindings(this::person, addressByName).of(before, requests, doer));
        facts.addAll(new ApprovalFindings(this::person, confirmations).of(related.before(), related.laterApprovals(),
                related.laterToDoer(), doer, requester));
        List<TimelineEvent> deciders = new ArrayList<>(before.stream()
                .filter(e -> e.kind() == EventKind.APPROVAL && sure(e) && !person(e.actor()).equals(doer)).toList());
        related.laterApprovals().stream().filter(e -> isWritten(e) && sure(e)).forEach(deciders::add);
        Fact escalation = new EscalationFindings(this::person).of(change, before, deciders, requester);
        facts.add(escalation);
        // Telling someone new (one's boss, say) after the change is an escalation afterwards, not an approval.
        String escalatedTo = escalation.type() == FactType.ESCALATED ? person(String.valueOf(escalation.args().get(0))) : "";
        related.laterByDoer().stream().filter(e -> isWritten(e) && e.sourceId() != change.sourceId())
                .flatMap(e -> e.audience().stream().filter(r -> !person(r).equals(requester) && !person(r).equals(escalatedTo)
                        && people(change).stream().noneMatch(person(r)::equals)).map(r -> Fact.of(
                        FactType.INFORMED_AFTER, r, e.time())))
                .findFirst().ifPresent(facts::add);
        return facts;
    }

    private Set<String> people(TimelineEvent e) {
        Set<String> people = new LinkedHashSet<>();
        people.add(person(e.actor()));
        e.audience().forEach(a -> people.add(person(a)));
        people.remove("");
        return people;
    }

    /** A person's key: the address, or for a bare name the address that name has elsewhere in the case. */
    private String person(String display) {
        return persons.computeIfAbsent(display, d -> {
            String address = email(d);
            return address.contains("@") ? address : addressByName.getOrDefault(address, address);
        });
    }

    private static void learnAddress(String display, Map<String, String> addressByName) {
        Address a = Address.fromDisplay(display);
        if (!a.name().isEmpty() && !a.email().isEmpty()) {
            addressByName.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a.normalizedEmail());
        }
    }

    /** The address of "Name <address>" in lower case, or a bare name in lower case. */
    private static String email(String display) {
        return Address.fromDisplay(display).identity();
    }
}
