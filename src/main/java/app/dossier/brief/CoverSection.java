package app.dossier.brief;

import app.dossier.brief.html.Html;
import app.dossier.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;

/** Section 1: what the document is, for which meeting, on which evidence (count and one hash). */
final class CoverSection {
    /** Replaced by the number of redacted places once the whole document is written. */
    static final String REDACTED_COUNT = "\u0000REDACTED\u0000";

    void write(Html h, BriefingData d, Texts t, boolean redacting) {
        h.open("div", "class", "cover", "id", "sec-cover");
        h.element("p", t.get("brief.cover.kicker"), "class", "kicker");
        h.element("h1", d.caseTitle());
        h.open("table", "class", "facts");
        h.open("tbody");
        d.meetingEvent().ifPresentOrElse(m -> {
            row(h, t.get("brief.cover.meeting"), t.time(m.time()) + (m.summary().isEmpty() ? "" : " \u2014 " + m.summary()));
            row(h, t.get("brief.cover.participants"), String.join(", ", participants(m)));
        }, () -> row(h, t.get("brief.cover.meeting"), t.get("brief.cover.noMeeting")));
        row(h, t.get("brief.cover.generated"), t.time(d.generatedAt()));
        row(h, t.get("brief.cover.exhibits"), t.format("brief.cover.exhibitCount", d.exhibits().size(),
                d.manifest().entries().size()));
        h.open("tr").element("th", t.get("brief.cover.manifest"), "scope", "row");
        h.open("td").element("span", d.manifest().sha256(), "class", "hash").close("td").close("tr");
        h.close("tbody").close("table");
        h.element("p", t.get("brief.cover.confidential"), "class", "confidential");
        if (redacting) {
            h.open("p", "class", "redaction-note").label(t.format("brief.cover.redacted", REDACTED_COUNT)).close("p");
        }
        h.element("p", t.get("brief.cover.about"), "class", "about");
        h.close("div");
    }

    private static List<String> participants(TimelineEvent meeting) {
        List<String> people = new ArrayList<>();
        if (!meeting.actor().isEmpty()) {
            people.add(meeting.actor());
        }
        meeting.audience().stream().filter(a -> !people.contains(a)).forEach(people::add);
        return people;
    }

    private static void row(Html h, String label, String value) {
        h.open("tr").element("th", label, "scope", "row").element("td", value).close("tr");
    }
}
