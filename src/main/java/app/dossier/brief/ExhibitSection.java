package app.dossier.brief;

import app.dossier.brief.html.Html;
import app.dossier.model.Address;
import app.dossier.model.Attachment;
import app.dossier.model.QuoteCard;
import app.dossier.model.TimelineEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Section 6: each exhibit on its own pages: a header block, the body with the key phrases in
 * their category colours (and the timeline's key sentences in their kind's colour), the user's
 * notes in the margin beside the paragraph they belong to, the attachments.
 */
final class ExhibitSection {
    /** The data {@link #byExhibit} was made from. */
    private BriefingData indexed;
    /**
     * The events with a key sentence, by their exhibit's number, in timeline order: looking through
     * all 3,000 events for each of 300 exhibits cost a second on the one thread before any drawing.
     */
    private Map<Integer, List<TimelineEvent>> byExhibit = Map.of();
    /** The section's heading; the exhibits follow, each written by {@link #write(Html, BriefingData, Texts, Exhibit)}. */
    void open(Html h, BriefingData d, Texts t) {
        h.open("div", "class", "section", "id", "sec-exhibits");
        h.element("h1", t.get("brief.section.exhibits"));
        if (d.exhibits().isEmpty()) {
            h.element("p", t.get("brief.exhibits.none"));
        }
    }

    void write(Html h, BriefingData d, Texts t, Exhibit e) {
        h.open("div", "class", "exhibit", "id", e.anchor());
        h.open("h2").label(t.format("brief.exhibit.heading", e.ref().number())).label(": ").text(e.subject()).close("h2");
        h.open("table", "class", "header-block").open("tbody");
        if (e.isNote()) {
            row(h, t.get("brief.header.note"), e.subject());
            row(h, t.get("brief.header.date"), t.time(e.date()));
            row(h, t.get("brief.header.participants"), e.participants());
        } else {
            row(h, t.get("brief.header.from"), e.from().display());
            row(h, t.get("brief.header.to"), join(e.to()));
            if (!e.cc().isEmpty()) {
                row(h, t.get("brief.header.cc"), join(e.cc()));
            }
            row(h, t.get("brief.header.date"), t.time(e.date()));
            row(h, t.get("brief.header.subject"), e.subject());
            row(h, "Message-ID", e.messageId());
        }
        h.close("tbody").close("table");
        body(h, d, t, e);
        if (!e.attachments().isEmpty()) {
            h.element("h3", t.get("brief.exhibit.attachments"));
            h.open("ul", "class", "attachments");
            for (Attachment a : e.attachments()) {
                h.open("li").text(a.name()).label(" (" + a.mimeType() + ", ")
                        .label(t.format("brief.size", a.size())).label(") ")
                        .element("span", a.sha256(), "class", "hash").close("li");
            }
            h.close("ul");
        }
        h.close("div");
    }

    /** The text paragraph by paragraph, so a margin note stands beside the words it is about. */
    private void body(Html h, BriefingData d, Texts t, Exhibit e) {
        List<Mark> marks = marks(d, e, t);
        String text = e.text().replace("\r\n", "\n");
        h.open("div", "class", "body");
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            end = end < 0 ? text.length() : end;
            String paragraph = text.substring(start, end);
            if (!paragraph.isBlank()) {
                paragraph(h, t, paragraph, start, marks);
            }
            start = end + 2;
        }
        h.close("div");
    }

    private static void paragraph(Html h, Texts t, String paragraph, int offset, List<Mark> marks) {
        List<Html.Span> spans = new ArrayList<>();
        List<Mark> notes = new ArrayList<>();
        for (Mark m : marks) {
            int from = Math.max(m.start(), offset) - offset;
            int to = Math.min(m.end(), offset + paragraph.length()) - offset;
            if (from < to) {
                spans.add(new Html.Span(from, to, m.cssClass()));
                if (!m.note().isEmpty() && m.start() >= offset) {
                    notes.add(m);
                }
            }
        }
        // The notes come after their paragraph in the document, so they are read (and copied) right
        // after it; the two sit side by side as the cells of a one-row table layout, not as a float,
        // which would have to come first.
        h.open("div", "class", notes.isEmpty() ? "para" : "para with-notes");
        h.open("p").marked(paragraph, spans).close("p");
        if (!notes.isEmpty()) {
            h.open("div", "class", "notes");
            for (Mark n : notes) {
                h.open("div", "class", "margin-note " + n.cssClass());
                h.element("span", n.label(), "class", "note-label").empty("br").text(n.note());
                h.close("div");
            }
            h.close("div");
        }
        h.close("div");
    }

    /** A coloured range of the exhibit's text, with the margin note that goes with it. */
    record Mark(int start, int end, String cssClass, String label, String note) {
    }

    /** Quote cards first (they win where they overlap a key sentence), then the timeline's key sentences. */
    List<Mark> marks(BriefingData d, Exhibit e, Texts t) {
        List<Mark> marks = new ArrayList<>();
        String text = e.text().replace("\r\n", "\n");
        for (QuoteCard c : d.cards()) {
            if (c.exhibit().number() != e.ref().number()) {
                continue;
            }
            int[] at = c.anchored() && c.end() <= text.length() && text.substring(c.start(), c.end()).equals(c.quote())
                    ? new int[] {c.start(), c.end()} : find(text, c.quote());
            if (at != null) {
                marks.add(new Mark(at[0], at[1], "hl " + Texts.categoryClass(c.category()),
                        c.customCategory().isEmpty() ? t.category(c.category()) : c.customCategory(), c.note()));
            }
        }
        for (TimelineEvent ev : keySentences(d, e.ref().number())) {
            int[] at = find(text, ev.key());
            if (at != null) {
                marks.add(new Mark(at[0], at[1], "ks " + Texts.kindClass(ev.kind()), "", ""));
            }
        }
        return marks;
    }

    private List<TimelineEvent> keySentences(BriefingData d, int exhibit) {
        if (indexed != d) {
            Map<Integer, List<TimelineEvent>> index = new HashMap<>();
            for (TimelineEvent ev : d.timeline().events()) {
                if (!ev.key().isEmpty()) {
                    d.exhibitOf(ev).ifPresent(r -> index.computeIfAbsent(r.number(), n -> new ArrayList<>()).add(ev));
                }
            }
            byExhibit = index;
            indexed = d;
        }
        return byExhibit.getOrDefault(exhibit, List.of());
    }

    /** Where a quote is in the text: exactly, or with any run of white space between its words. */
    static int[] find(String text, String quote) {
        String q = quote.strip();
        if (q.isEmpty()) {
            return null;
        }
        int at = text.indexOf(q);
        if (at >= 0) {
            return new int[] {at, at + q.length()};
        }
        String pattern = java.util.Arrays.stream(q.split("\\s+")).map(java.util.regex.Pattern::quote)
                .collect(Collectors.joining("\\s+"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern).matcher(text);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }

    private static String join(List<Address> people) {
        return people.stream().map(Address::display).collect(Collectors.joining(", "));
    }

    private static void row(Html h, String label, String value) {
        h.open("tr").element("th", label, "scope", "row").element("td", value).close("tr");
    }
}
