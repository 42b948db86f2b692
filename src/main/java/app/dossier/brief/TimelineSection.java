package app.dossier.brief;

import app.dossier.brief.html.Html;
import app.dossier.model.TimelineEvent;
import java.util.List;

/** Section 4: every event as a table row: time with offset, kind, actor to audience, key sentence, facts, exhibit. */
final class TimelineSection {
    private static final java.util.Set<app.dossier.model.FactType> PAPER_TRAIL = java.util.EnumSet.of(
            app.dossier.model.FactType.NO_REQUEST, app.dossier.model.FactType.REQUESTED,
            app.dossier.model.FactType.REQUESTED_ORALLY, app.dossier.model.FactType.WARNING_ORAL,
            app.dossier.model.FactType.WARNING_GIVEN, app.dossier.model.FactType.WARNING_REACHED,
            app.dossier.model.FactType.WARNING_NOT_REACHED, app.dossier.model.FactType.APPROVED_BEFORE,
            app.dossier.model.FactType.APPROVAL_AFTER, app.dossier.model.FactType.APPROVAL_NOTED_BEFORE,
            app.dossier.model.FactType.APPROVAL_CONFIRMED_LATER, app.dossier.model.FactType.NO_APPROVAL,
            app.dossier.model.FactType.ESCALATED, app.dossier.model.FactType.NOT_ESCALATED,
            app.dossier.model.FactType.REQUEST_UNSURE, app.dossier.model.FactType.WARNING_UNSURE,
            app.dossier.model.FactType.APPROVAL_UNSURE, app.dossier.model.FactType.INFORMED_AFTER,
            app.dossier.model.FactType.WARNING_REACH_UNSURE);

    /**
     * Rows per table body: OpenHTMLtoPDF sets the cell widths of every row of a body again for
     * each row it lays out, so one body of 3,000 rows cost time quadratic in the rows.
     */
    static final int ROWS_PER_BODY = 50;

    /**
     * Rows per part (docs/decisions/0032): one part is laid out on one thread, and 3,000 rows in
     * one part took longer than all the exhibits on the other core. A multiple of
     * {@link #ROWS_PER_BODY}; a case with fewer events keeps its timeline in one part.
     */
    static final int ROWS_PER_PART = 500;

    /** More recipients than this are counted, not listed: a row stays a row. */
    private static final int AUDIENCE_SHOWN = 4;

    /** The timeline in one part: for tests and callers that render it alone. */
    void write(Html h, BriefingData d, Texts t) {
        write(h, () -> h, d, t);
    }

    /**
     * Writes the section starting in {@code h}; after every {@link #ROWS_PER_PART} rows the
     * table is closed and continued, with its header row again, in the part {@code next} opens.
     */
    void write(Html first, java.util.function.Supplier<Html> next, BriefingData d, Texts t) {
        Html h = first;
        h.open("div", "class", "section", "id", "sec-timeline");
        h.element("h1", t.get("brief.section.timeline"));
        List<TimelineEvent> events = d.timeline().events();
        if (events.isEmpty()) {
            h.element("p", t.get("brief.timeline.empty"));
            h.close("div");
            return;
        }
        h.element("p", t.format("brief.timeline.intro", events.size(), d.timeline().hidden().size()), "class", "intro");
        table(h, t);
        int row = 0;
        for (TimelineEvent e : events) {
            if (row > 0 && row % ROWS_PER_PART == 0) {
                h.close("tbody").close("table");
                h = next.get();
                table(h, t);
            }
            if (++row % ROWS_PER_BODY == 0) {
                h.close("tbody").open("tbody");
            }
            h.open("tr");
            h.element("td", t.time(e.time()), "class", "nowrap");
            h.open("td").element("span", t.kind(e.kind()), "class", "badge " + Texts.kindClass(e.kind()));
            if (!SummarySection.reviewed(e)) {
                h.label(" *");
            }
            h.close("td");
            h.open("td").text(SummarySection.name(e.actor()));
            if (!e.audience().isEmpty()) {
                h.label(" \u2192 ").text(audience(e.audience(), t));
            }
            h.close("td");
            h.element("td", e.key().isEmpty() ? e.summary() : e.key(), "class", "quote");
            h.open("td", "class", "facts");
            // The paper trail of a change is the summary's subject; here it would make one row
            // run over pages, so the row points to it instead.
            java.util.List<app.dossier.model.Fact> own = e.facts().stream()
                    .filter(f -> !PAPER_TRAIL.contains(f.type())).toList();
            for (int i = 0; i < own.size(); i++) {
                if (i > 0) {
                    h.label("; ");
                }
                h.text(t.fact(own.get(i)));
            }
            if (own.size() < e.facts().size()) {
                h.label(own.isEmpty() ? "" : "; ").text(t.get("brief.timeline.seeSummary"));
            }
            h.close("td");
            h.open("td", "class", "nowrap");
            ExhibitLinks.write(h, d, t, e);
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        h.element("p", t.get("brief.timeline.legend"), "class", "legend");
        h.close("div");
    }

    /** Opens the table with its header row and first body. */
    private static void table(Html h, Texts t) {
        h.open("table", "class", "timeline");
        h.open("thead").open("tr");
        List<String> columns = List.of("brief.col.time", "brief.col.kind", "brief.col.people", "brief.col.key",
                "brief.col.facts", "brief.col.exhibit");
        for (int i = 0; i < columns.size(); i++) {
            // widths per column: the key sentence and the facts get the room, not a long list of names
            h.element("th", t.get(columns.get(i)), "scope", "col", "class", "col-" + i);
        }
        h.close("tr").close("thead").open("tbody");
    }

    private static String audience(List<String> audience, Texts t) {
        List<String> names = audience.stream().map(SummarySection::name).toList();
        if (names.size() <= AUDIENCE_SHOWN) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, AUDIENCE_SHOWN)) + " "
                + t.format("brief.timeline.more", audience.size() - AUDIENCE_SHOWN);
    }
}
