package app.dossier.timeline;

import app.dossier.model.ChangeProof;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * For each change: the requests it answers, the warnings before it and whether they reached the
 * person who asked, the approval and whether it came first, and whether the matter was escalated
 * before acting. Gaps are said plainly. Only events that belong to the change count: the same
 * conversation, or the people involved in it, within {@link #LOOK_BACK}.
 */
final class PaperTrail {
    private static final Duration LOOK_BACK = Duration.ofDays(120);
    /** An approval written after the fact that refers to one given by phone or in person. */
    private static final Pattern CONFIRMS_ORAL = Pattern.compile("(?iu)\\b(phone|call|called|verbal(ly)?|in person|"
            + "as (discussed|agreed)|confirm(ing)? (my|our|the) (approval|ok|okay|go-ahead)|telefon\\w*|mündlich\\w*|"
            + "wie (besprochen|vereinbart|abgesprochen)|bestätige (hiermit )?(meine|unsere|die) (Freigabe|Zustimmung))\\b");

    private PaperTrail() {
    }

    /** Returns the events with paper-trail facts added to every CHANGE, and the chain of proof. */
    static Timeline check(List<TimelineEvent> events) {
        List<TimelineEvent> result = new ArrayList<>(events.size());
        List<ChangeProof> proofs = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent event = events.get(i);
            if (event.kind() != EventKind.CHANGE) {
                result.add(event);
                continue;
            }
            List<Fact> findings = findingsFor(event, related(events, i, event));
            TimelineEvent checked = event.withFacts(findings);
            result.add(checked);
            proofs.add(new ChangeProof(checked, findings));
        }
        return new Timeline(result, proofs);
    }

    /** Events of the change's conversation or people within the look-back, in time order; and later approvals. */
    private static Related related(List<TimelineEvent> events, int index, TimelineEvent change) {
        OffsetDateTime from = change.time().minus(LOOK_BACK);
        Set<String> people = people(change);
        String doer = email(change.actor());
        List<TimelineEvent> before = new ArrayList<>();
        for (int i = index - 1; i >= 0 && events.get(i).time().isAfter(from); i--) {
            TimelineEvent e = events.get(i);
            // Only requests, warnings, approvals and the doer's own mail say anything about the change;
            // checking the kind first keeps a case with many changes quick.
            boolean weighs = e.kind() == EventKind.REQUEST || e.kind() == EventKind.WARNING
                    || e.kind() == EventKind.APPROVAL || email(e.actor()).equals(doer);
            if (weighs && e.time().isBefore(change.time()) && belongs(e, change, people)) {
                before.add(e);
            }
        }
        java.util.Collections.reverse(before);
        List<TimelineEvent> laterApprovals = new ArrayList<>();
        OffsetDateTime until = change.time().plus(LOOK_BACK);
        for (int i = index + 1; i < events.size() && events.get(i).time().isBefore(until); i++) {
            TimelineEvent e = events.get(i);
            if (e.kind() == EventKind.APPROVAL && belongs(e, change, people)) {
                laterApprovals.add(e);
            }
        }
        return new Related(before, laterApprovals);
    }

    private record Related(List<TimelineEvent> before, List<TimelineEvent> laterApprovals) {
    }

    private static boolean belongs(TimelineEvent e, TimelineEvent change, Set<String> people) {
        if (!change.thread().isEmpty() && change.thread().equals(e.thread())) {
            return true;
        }
        if (!isWritten(e) || !isWritten(change)) {
            return true;
        }
        return people.contains(email(e.actor())) || e.audience().stream().map(PaperTrail::email).anyMatch(people::contains);
    }

    private static List<Fact> findingsFor(TimelineEvent change, Related related) {
        List<TimelineEvent> before = related.before();
        List<Fact> facts = new ArrayList<>();
        String doer = email(change.actor());
        List<TimelineEvent> requests = before.stream()
                .filter(e -> e.kind() == EventKind.REQUEST && !email(e.actor()).equals(doer)).toList();
        // The person the change was made for: who asked most often (the earliest of equals).
        Map<String, Long> asked = requests.stream().collect(Collectors.groupingBy(r -> email(r.actor()),
                LinkedHashMap::new, Collectors.counting()));
        String requester = asked.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        Set<String> requesters = requester.isEmpty() ? Set.of() : Set.of(requester);
        if (requests.isEmpty()) {
            facts.add(Fact.of(FactType.NO_REQUEST));
        } else {
            List<TimelineEvent> theirs = requests.stream().filter(r -> email(r.actor()).equals(requester)).toList();
            TimelineEvent last = theirs.get(theirs.size() - 1);
            facts.add(Fact.of(FactType.REQUESTED, theirs.size(), last.actor(), last.time()));
        }
        for (TimelineEvent w : before.stream().filter(e -> e.kind() == EventKind.WARNING).toList()) {
            if (requesters.contains(email(w.actor()))) {
                continue; // the requester's own doubts are not a warning to the requester
            }
            boolean reached = requesters.isEmpty() || w.audience().stream().map(PaperTrail::email)
                    .anyMatch(requesters::contains);
            facts.add(Fact.of(reached ? FactType.WARNING_REACHED : FactType.WARNING_NOT_REACHED, w.time(), w.actor()));
        }
        // The doer cannot approve their own change; anyone else's written consent counts, the requester's too.
        List<TimelineEvent> approvals = before.stream()
                .filter(e -> e.kind() == EventKind.APPROVAL && !email(e.actor()).equals(doer)).toList();
        TimelineEvent written = approvals.stream().filter(PaperTrail::isWritten).reduce((x, y) -> y).orElse(null);
        TimelineEvent noted = approvals.stream().filter(e -> !isWritten(e)).reduce((x, y) -> y).orElse(null);
        if (written != null) {
            facts.add(Fact.of(FactType.APPROVED_BEFORE, written.actor(), written.time()));
        } else if (noted != null) {
            facts.add(Fact.of(FactType.APPROVAL_NOTED_BEFORE, noted.actor().isEmpty() ? noted.key() : noted.actor(),
                    noted.time()));
        }
        if (written == null) {
            related.laterApprovals().stream().filter(e -> !email(e.actor()).equals(doer)).findFirst()
                    .ifPresentOrElse(a -> facts.add(Fact.of(CONFIRMS_ORAL.matcher(a.key()).find()
                                    ? FactType.APPROVAL_CONFIRMED_LATER : FactType.APPROVAL_AFTER, a.actor(), a.time())),
                            () -> facts.add(Fact.of(FactType.NO_APPROVAL)));
        }
        facts.add(escalation(change, before, approvals, requesters));
        return facts;
    }

    /**
     * Escalated when, before acting, the doer brought the matter to someone other than the requester
     * who could decide: a forward, or a message by the doer reaching the person who approved.
     */
    private static Fact escalation(TimelineEvent change, List<TimelineEvent> before, List<TimelineEvent> approvals,
                                   Set<String> requesters) {
        String doer = email(change.actor());
        Set<String> deciders = new LinkedHashSet<>();
        approvals.forEach(a -> deciders.add(email(a.actor())));
        deciders.remove(doer);
        for (TimelineEvent e : before) {
            if (!email(e.actor()).equals(doer)) {
                continue;
            }
            for (String person : e.audience()) {
                String address = email(person);
                if (deciders.contains(address) && !requesters.contains(address)) {
                    return Fact.of(FactType.ESCALATED, person, e.time());
                }
            }
            if (e.has(FactType.FORWARDED) && !e.audience().isEmpty()) {
                return Fact.of(FactType.ESCALATED, String.join(", ", e.audience()), e.time());
            }
        }
        return Fact.of(FactType.NOT_ESCALATED);
    }

    /** Mail is written evidence; the user's notes and hand-added events record what was said. */
    private static boolean isWritten(TimelineEvent e) {
        return e.sourceType().equals("message");
    }

    private static Set<String> people(TimelineEvent e) {
        Set<String> people = new LinkedHashSet<>();
        people.add(email(e.actor()));
        e.audience().forEach(a -> people.add(email(a)));
        people.remove("");
        return people;
    }

    /** The address part of "Name <address>", or the text itself. */
    static String email(String display) {
        int lt = display.lastIndexOf('<');
        int gt = display.lastIndexOf('>');
        return (lt >= 0 && gt > lt ? display.substring(lt + 1, gt) : display).strip().toLowerCase(Locale.ROOT);
    }
}
