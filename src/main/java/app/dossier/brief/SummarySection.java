package app.dossier.brief;

import app.dossier.brief.html.Html;
import app.dossier.model.Address;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Section 2: the chain of proof of each change (request, warning, approval, change, incident) with
 * dates and exhibits, the gaps the paper-trail check found, and — said plainly — which of these
 * events the classifier found and the user never reviewed.
 */
final class SummarySection {
    /** Per step and change at most this many events: the summary stays one page ({@link SummaryPlan}). */
    private static final int PER_STEP = 3;
    static final List<EventKind> STEPS = List.of(EventKind.REQUEST, EventKind.WARNING, EventKind.APPROVAL,
            EventKind.CHANGE, EventKind.INCIDENT);

    void write(Html h, BriefingData d, Texts t, SummaryPlan plan) {
        h.open("div", "class", "section", "id", "sec-summary");
        h.element("h1", t.get("brief.section.summary"));
        if (plan.shown().isEmpty()) {
            h.element("p", t.get("brief.summary.noChange"));
        }
        Set<TimelineEvent> used = new LinkedHashSet<>();
        for (SummaryPlan.Shown shown : plan.shown()) {
            TimelineEvent change = shown.proof().change();
            h.element("h2", t.format("brief.summary.change", t.time(change.time()), name(change.actor())));
            h.open("table", "class", "chain");
            h.open("thead").open("tr");
            h.element("th", t.get("brief.col.step"), "scope", "col");
            h.element("th", t.get("brief.col.evidence"), "scope", "col");
            h.close("tr").close("thead").open("tbody");
            List<TimelineEvent> chain = shown.chain();
            for (EventKind step : STEPS) {
                List<TimelineEvent> of = chain.stream().filter(e -> e.kind() == step).toList();
                h.open("tr").open("th", "scope", "row")
                        .element("span", t.kind(step), "class", "badge " + Texts.kindClass(step)).close("th");
                h.open("td");
                if (of.isEmpty()) {
                    h.element("span", t.get("brief.summary.none"), "class", "missing");
                }
                for (int i = 0; i < of.size(); i++) {
                    if (i > 0) {
                        h.empty("br");
                    }
                    item(h, d, t, of.get(i));
                }
                h.close("td").close("tr");
            }
            used.addAll(chain);
            h.close("tbody").close("table");
            h.open("ul", "class", "findings");
            for (Fact f : shown.findings()) {
                h.open("li", "class", f.isGap() ? "gap" : "ok");
                if (f.isGap()) {
                    h.element("strong", t.get("brief.summary.gap") + " ");
                }
                h.text(t.fact(f)).close("li");
            }
            if (shown.hiddenFindings() > 0) {
                h.element("li", t.format("brief.summary.moreFindings", shown.hiddenFindings()), "class", "more");
            }
            h.close("ul");
        }
        if (plan.hiddenChanges() > 0) {
            h.element("p", t.format("brief.summary.moreChanges", plan.hiddenChanges()));
        }
        List<TimelineEvent> unreviewed = used.stream().filter(e -> !reviewed(e)).toList();
        h.open("p", "class", unreviewed.isEmpty() ? "reviewed" : "unreviewed");
        h.text(unreviewed.isEmpty() ? t.get("brief.summary.allReviewed")
                : t.format("brief.summary.unreviewed", unreviewed.size(), used.size()));
        h.close("p");
        h.close("div");
    }

    /** The events a change rests on, in time order: the last requests, warnings and approvals, the change, the incidents after. */
    static List<TimelineEvent> chain(List<TimelineEvent> events, TimelineEvent change) {
        List<TimelineEvent> chain = new ArrayList<>();
        chain.addAll(lastBefore(events, change, EventKind.REQUEST).stream()
                .filter(e -> !e.actor().equals(change.actor())).toList());
        chain.addAll(lastBefore(events, change, EventKind.WARNING));
        chain.addAll(sameThreadOrAll(events, change, EventKind.APPROVAL).stream()
                .filter(e -> !e.actor().equals(change.actor())).limit(PER_STEP).toList());
        chain.add(change);
        events.stream().filter(e -> e.kind() == EventKind.INCIDENT && e.time().isAfter(change.time()))
                .limit(2).forEach(chain::add);
        chain.sort(java.util.Comparator.comparing(TimelineEvent::time));
        return chain;
    }

    private static List<TimelineEvent> lastBefore(List<TimelineEvent> events, TimelineEvent change, EventKind kind) {
        List<TimelineEvent> before = sameThreadOrAll(events, change, kind).stream()
                .filter(e -> !e.time().isAfter(change.time())).toList();
        return before.subList(Math.max(0, before.size() - PER_STEP), before.size());
    }

    /** Events of a kind in the change's conversation; when it has none, in the whole case. */
    private static List<TimelineEvent> sameThreadOrAll(List<TimelineEvent> events, TimelineEvent change, EventKind kind) {
        List<TimelineEvent> inThread = events.stream().filter(e -> e.kind() == kind && !change.thread().isEmpty()
                && e.thread().equals(change.thread())).toList();
        return inThread.isEmpty() ? events.stream().filter(e -> e.kind() == kind).toList() : inThread;
    }

    /** Whether the user looked at this event: set its kind, corrected it, or added it. */
    static boolean reviewed(TimelineEvent e) {
        return e.has(FactType.KIND_SET_BY_YOU) || e.has(FactType.KIND_LEARNED) || e.has(FactType.CORRECTED_BY_YOU)
                || e.has(FactType.ADDED_BY_HAND);
    }

    /** One event of a step: when, who (by name), the exhibit; * when the user has not reviewed it. */
    private static void item(Html h, BriefingData d, Texts t, TimelineEvent e) {
        h.text(t.time(e.time())).label(", ").text(name(e.actor())).label(" \u00b7 ");
        ExhibitLinks.write(h, d, t, e);
        if (!reviewed(e)) {
            h.label(" *");
        }
    }

    /** The person's name without the address (the address is in the exhibit's header). */
    static String name(String actor) {
        Address a = Address.fromDisplay(actor);
        return a.name().isEmpty() ? a.email() : a.name();
    }
}
