package app.dossier.timeline;

import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * For each change: the requests it answers, the warnings before it and whether they reached the
 * person who asked, the written approval and whether it came first, and whether the matter was
 * escalated before acting. Gaps are said plainly.
 */
final class PaperTrail {
    private static final Duration LOOK_BACK = Duration.ofDays(120);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private PaperTrail() {
    }

    /** Returns the events with paper-trail facts added to every CHANGE, and the summary lines. */
    static Timeline check(List<TimelineEvent> events) {
        List<TimelineEvent> result = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (TimelineEvent event : events) {
            if (event.kind() != EventKind.CHANGE) {
                result.add(event);
                continue;
            }
            List<String> facts = factsFor(event, events);
            result.add(event.withFacts(facts));
            summary.add("Change on " + DAY.format(event.time()) + " by " + event.actor() + ": " + event.key());
            facts.forEach(f -> summary.add("  - " + f));
        }
        return new Timeline(result, summary);
    }

    private static List<String> factsFor(TimelineEvent change, List<TimelineEvent> all) {
        List<TimelineEvent> before = all.stream()
                .filter(e -> e.time().isBefore(change.time()) && e.time().isAfter(change.time().minus(LOOK_BACK)))
                .toList();
        List<String> facts = new ArrayList<>();
        List<TimelineEvent> requests = before.stream()
                .filter(e -> e.kind() == EventKind.REQUEST && !e.actor().equals(change.actor())).toList();
        Set<String> requesters = new LinkedHashSet<>();
        for (TimelineEvent r : requests) {
            requesters.add(email(r.actor()));
        }
        if (requests.isEmpty()) {
            facts.add("no written request found before this change");
        } else {
            TimelineEvent last = requests.get(requests.size() - 1);
            facts.add("requested in writing " + requests.size() + " time(s), last by " + last.actor() + " on "
                    + DAY.format(last.time()));
        }
        for (TimelineEvent w : before.stream().filter(e -> e.kind() == EventKind.WARNING).toList()) {
            boolean reached = requesters.isEmpty() || w.audience().stream().map(PaperTrail::email)
                    .anyMatch(requesters::contains) || requesters.contains(email(w.actor()));
            facts.add("warning of " + DAY.format(w.time()) + " by " + w.actor()
                    + (reached ? " reached the requester" : " did not reach the requester"));
        }
        List<TimelineEvent> approvals = before.stream().filter(e -> e.kind() == EventKind.APPROVAL).toList();
        if (approvals.isEmpty()) {
            boolean later = all.stream().anyMatch(e -> e.kind() == EventKind.APPROVAL && e.time().isAfter(change.time()));
            facts.add(later ? "approval only after the change" : "no written approval before this change");
        } else {
            TimelineEvent a = approvals.get(approvals.size() - 1);
            facts.add("approved in writing by " + a.actor() + " on " + DAY.format(a.time()) + " before the change");
        }
        before.stream().filter(e -> e.facts().stream().anyMatch(f -> f.startsWith("forwarded to")))
                .reduce((x, y) -> y)
                .ifPresent(f -> facts.add("escalated before acting: " + f.facts().stream()
                        .filter(x -> x.startsWith("forwarded to")).findFirst().orElse("") + " on " + DAY.format(f.time())));
        return facts;
    }

    /** The address part of "Name <address>", or the text itself. */
    static String email(String display) {
        int lt = display.lastIndexOf('<');
        int gt = display.lastIndexOf('>');
        return (lt >= 0 && gt > lt ? display.substring(lt + 1, gt) : display).strip().toLowerCase(Locale.ROOT);
    }
}
