package app.dossier.brief;

import app.dossier.brief.html.Html;
import app.dossier.brief.html.Redactor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays the briefing out as XHTML, in parts that are rendered on their own and joined afterwards
 * (docs/decisions/0020): each section starts a part, and exhibits and their appendix pages start a
 * new one once a part has grown past {@link #PART_SIZE}, and a long timeline every
 * {@link TimelineSection#ROWS_PER_PART} rows (docs/decisions/0032; the page before such a cut may
 * end short). Every section and exhibit begins on a new page anyway, so those seams do not show. Each part carries the same head (language, title,
 * description, page boxes) and bookmarks for the anchors it holds, from which the joiner learns
 * their pages. The cover is written last, so it can state how many places were redacted.
 */
final class BriefingDocument {
    /** Characters of XHTML per part: a few dozen pages, about half a second of rendering. */
    static final int PART_SIZE = 120_000;
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

    /** The parts as complete XHTML documents in print order, the outline, and how many places were redacted. */
    record Result(List<String> parts, List<Bookmark> outline, int redactedPlaces) {
        /** All parts together: what a reader of the whole document would see, for tests and sizes. */
        int length() {
            return parts.stream().mapToInt(String::length).sum();
        }
    }

    /** One entry of the PDF outline: its title, the anchor it leads to, the entries below it. */
    record Bookmark(String title, String anchor, List<Bookmark> children) {
    }

    Result write(BriefingData d, BriefingOptions options, BriefingProgress progress) {
        Texts t = new Texts(options.language());
        Redactor redactor = new Redactor(options.redactions().terms());
        String mark = t.get("brief.redactedMark");
        List<Html> bodies = new ArrayList<>();
        bodies.add(new Html(redactor, mark));
        boolean quotes = options.has(BriefingSection.QUOTES) && !d.cards().isEmpty();
        SummaryPlan plan = options.has(BriefingSection.SUMMARY) ? SummaryPlan.of(d, t, options.paper()) : null;
        if (plan != null) {
            new SummarySection().write(last(bodies), d, t, plan);
        }
        // MEETING: the cheat sheet slots in here once the case holds a meeting preparation.
        if (options.has(BriefingSection.TIMELINE)) {
            new TimelineSection().write(next(bodies, redactor, mark), () -> split(bodies, redactor, mark), d, t);
        }
        if (quotes) {
            new QuoteSection().write(next(bodies, redactor, mark), d, t);
        }
        progress.done(0.55);
        if (options.has(BriefingSection.EXHIBITS)) {
            ExhibitSection exhibits = new ExhibitSection();
            Html h = next(bodies, redactor, mark);
            exhibits.open(h, d, t);
            for (Exhibit e : d.exhibits()) {
                progress.check();
                h = continued(bodies, redactor, mark);
                exhibits.write(h, d, t, e);
            }
            last(bodies).close("div");
        }
        progress.done(0.6);
        if (options.has(BriefingSection.APPENDIX)) {
            AppendixSection appendix = new AppendixSection();
            Html h = next(bodies, redactor, mark);
            appendix.open(h, t);
            for (Exhibit e : d.exhibits()) {
                progress.check();
                h = continued(bodies, redactor, mark);
                appendix.exhibit(h, t, e);
            }
            appendix.manifest(continued(bodies, redactor, mark), d, t);
            last(bodies).close("div");
        }
        Html cover = new Html(redactor, mark);
        if (options.has(BriefingSection.COVER)) {
            new CoverSection().write(cover, d, t, redactor.active());
        }
        Html plain = new Html(redactor, mark);
        String title = plain.plain(t.format("brief.title", d.caseTitle()));
        String description = plain.plain(t.format("brief.description", d.caseTitle()));
        List<Bookmark> outline = outline(plain, d, options, t, quotes);
        int places = redactor.places();
        String coverText = cover.toString().replace(CoverSection.REDACTED_COUNT, String.valueOf(places));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String body = i == 0 ? coverText + bodies.get(i) : bodies.get(i).toString();
            if (body.isEmpty() && bodies.size() > 1) {
                continue; // no cover and no summary: the first part is empty
            }
            parts.add(head(t, options, title, description, parts.isEmpty(), anchors(body)) + "<body>" + body
                    + "</body></html>");
        }
        return new Result(parts, outline, places);
    }

    private static Html last(List<Html> bodies) {
        return bodies.get(bodies.size() - 1);
    }

    /** A new part for a new section (unless the current one is still empty). */
    private static Html next(List<Html> bodies, Redactor redactor, String mark) {
        if (last(bodies).length() > 0) {
            bodies.add(new Html(redactor, mark));
        }
        return last(bodies);
    }

    /** The current part, or a new one inside the same section once it is full; the section's element is split. */
    private static Html continued(List<Html> bodies, Redactor redactor, String mark) {
        if (last(bodies).length() < PART_SIZE) {
            return last(bodies);
        }
        return split(bodies, redactor, mark);
    }

    /** A new part inside the same section, whatever the current one's size; the section's element is split. */
    private static Html split(List<Html> bodies, Redactor redactor, String mark) {
        last(bodies).close("div");
        Html h = new Html(redactor, mark);
        bodies.add(h);
        return h.open("div", "class", "section-continued");
    }

    private static Set<String> anchors(String body) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ID.matcher(body);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The head of one part: bookmarks named by anchor, so the joiner finds each anchor's page. */
    private static String head(Texts t, BriefingOptions options, String title, String description, boolean first,
                               Set<String> anchors) {
        Html head = new Html(new Redactor(List.of()), "");
        head.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        head.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", t.locale().getLanguage(),
                "xml:lang", t.locale().getLanguage());
        head.open("head");
        head.open("title").label(title).close("title");
        head.empty("meta", "name", "subject", "content", description);
        head.empty("meta", "name", "author", "content", "Dossier");
        head.open("style").raw(BriefingCss.of(options.paper(), BriefingCss.string(title), first)).close("style");
        head.open("bookmarks");
        for (String anchor : anchors) {
            head.empty("bookmark", "name", anchor, "href", "#" + anchor);
        }
        head.close("bookmarks");
        head.close("head");
        return head.toString();
    }

    private static List<Bookmark> outline(Html h, BriefingData d, BriefingOptions options, Texts t, boolean quotes) {
        List<Bookmark> marks = new ArrayList<>();
        if (options.has(BriefingSection.COVER)) {
            marks.add(new Bookmark(t.get("brief.section.cover"), "sec-cover", List.of()));
        }
        if (options.has(BriefingSection.SUMMARY)) {
            marks.add(new Bookmark(t.get("brief.section.summary"), "sec-summary", List.of()));
        }
        if (options.has(BriefingSection.TIMELINE)) {
            marks.add(new Bookmark(t.get("brief.section.timeline"), "sec-timeline", List.of()));
        }
        if (quotes) {
            marks.add(new Bookmark(t.get("brief.section.quotes"), "sec-quotes", List.of()));
        }
        if (options.has(BriefingSection.EXHIBITS)) {
            List<Bookmark> exhibits = d.exhibits().stream().map(e -> new Bookmark(
                    h.plain(t.format("brief.exhibit.heading", e.ref().number()) + ": " + e.subject()), e.anchor(),
                    List.<Bookmark>of())).toList();
            marks.add(new Bookmark(t.get("brief.section.exhibits"), "sec-exhibits", exhibits));
        }
        if (options.has(BriefingSection.APPENDIX)) {
            List<Bookmark> appendix = new ArrayList<>();
            for (Exhibit e : d.exhibits()) {
                appendix.add(new Bookmark(t.format("brief.appendix.heading", e.ref().number()), "ap-" + e.ref().number(),
                        List.of()));
            }
            appendix.add(new Bookmark(t.get("brief.appendix.manifest"), "manifest", List.of()));
            marks.add(new Bookmark(t.get("brief.section.appendix"), "sec-appendix", appendix));
        }
        return marks;
    }
}
