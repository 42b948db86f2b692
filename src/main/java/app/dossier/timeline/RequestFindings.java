package app.dossier.timeline;

import static app.dossier.timeline.Readings.isWritten;
import static app.dossier.timeline.Readings.resting;
import static app.dossier.timeline.Readings.sure;

import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The request part of a change's chain of proof: who the change was made for (who asked most often),
 * how often in writing and how often by phone or in person; and what to check before "no written
 * request" is said.
 */
final class RequestFindings {
    /**
     * The person the change was made for ("" when nobody asked for sure), as a key and as written, all
     * who asked for sure, and the findings.
     */
    record Requests(String requester, String requesterName, java.util.Set<String> askers, List<Fact> facts) {
    }

    /** A person's key from "Name &lt;address&gt;" (see {@link PaperTrail}). */
    private final Function<String, String> person;

    RequestFindings(Function<String, String> person) {
        this.person = person;
    }

    /**
     * The request findings from the events tied to the change ({@code before}); {@code otherRequests}
     * gives, only when asked, the requests of the change's people under other subjects: with them, a
     * gap is said only when there is nothing to check.
     */
    Requests of(List<TimelineEvent> before, String doer, Supplier<List<TimelineEvent>> otherRequests) {
        List<Fact> facts = new ArrayList<>();
        List<TimelineEvent> all = before.stream()
                .filter(e -> e.kind() == EventKind.REQUEST && !e.actor().isEmpty() && !person.apply(e.actor()).equals(doer))
                .toList();
        // Only a sure reading counts as a fact; an unsure one is a candidate the user is asked to check.
        List<TimelineEvent> requests = all.stream().filter(Readings::sure).toList();
        // The person the change was made for: who asked most often (the earliest of equals).
        Map<String, Long> asked = requests.stream().collect(Collectors.groupingBy(r -> person.apply(r.actor()),
                LinkedHashMap::new, Collectors.counting()));
        String requester = asked.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        List<TimelineEvent> theirs = requests.stream().filter(r -> person.apply(r.actor()).equals(requester)).toList();
        List<TimelineEvent> inWriting = theirs.stream().filter(Readings::isWritten).toList();
        if (inWriting.isEmpty()) {
            List<TimelineEvent> toCheck = new ArrayList<>(all.stream().filter(e -> !sure(e) && isWritten(e)).toList());
            otherRequests.get().stream().filter(r -> !toCheck.contains(r)).forEach(toCheck::add);
            facts.add(toCheck.isEmpty() ? Fact.of(FactType.NO_REQUEST) : Fact.of(FactType.REQUEST_UNSURE, toCheck));
        } else {
            TimelineEvent last = inWriting.get(inWriting.size() - 1);
            facts.add(resting(Fact.of(FactType.REQUESTED, inWriting.size(), last.actor(), last.time()), inWriting));
        }
        if (inWriting.size() < theirs.size()) {
            List<TimelineEvent> oral = theirs.stream().filter(e -> !isWritten(e)).toList();
            facts.add(resting(Fact.of(FactType.REQUESTED_ORALLY, theirs.size() - inWriting.size(), theirs.get(0).actor()),
                    oral));
        }
        return new Requests(requester, theirs.isEmpty() ? "" : theirs.get(0).actor(), java.util.Set.copyOf(asked.keySet()),
                facts);
    }
}
