package app.dossier.brief;

import app.dossier.brief.html.Html;
import app.dossier.brief.html.Redactor;

/**
 * Lays the briefing out as one XHTML document: the head (language, title, description, page
 * boxes, bookmarks for every section and exhibit), then the sections in order. The cover is
 * written last, so it can state how many places were redacted in the whole document.
 */
final class BriefingDocument {
    /** The XHTML and how many places were redacted in it. */
    record Result(String xhtml, int redactedPlaces) {
    }

    Result write(BriefingData d, BriefingOptions options, BriefingProgress progress) {
        Texts t = new Texts(options.language());
        Redactor redactor = new Redactor(options.redactions().terms());
        Html body = new Html(redactor, t.get("brief.redactedMark"));
        boolean quotes = options.has(BriefingSection.QUOTES) && !d.cards().isEmpty();
        if (options.has(BriefingSection.SUMMARY)) {
            new SummarySection().write(body, d, t);
        }
        // MEETING: the cheat sheet slots in here once the case holds a meeting preparation.
        if (options.has(BriefingSection.TIMELINE)) {
            new TimelineSection().write(body, d, t);
        }
        if (quotes) {
            new QuoteSection().write(body, d, t);
        }
        progress.done(0.55);
        if (options.has(BriefingSection.EXHIBITS)) {
            new ExhibitSection().write(body, d, t, progress);
        }
        progress.done(0.6);
        if (options.has(BriefingSection.APPENDIX)) {
            new AppendixSection().write(body, d, t, progress);
        }
        Html cover = new Html(redactor, t.get("brief.redactedMark"));
        if (options.has(BriefingSection.COVER)) {
            new CoverSection().write(cover, d, t, redactor.active());
        }
        Html head = new Html(redactor, t.get("brief.redactedMark"));
        String title = head.plain(t.format("brief.title", d.caseTitle()));
        head.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        head.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", t.locale().getLanguage(),
                "xml:lang", t.locale().getLanguage());
        head.open("head");
        head.open("title").label(title).close("title");
        head.empty("meta", "name", "subject", "content", head.plain(t.format("brief.description", d.caseTitle())));
        head.empty("meta", "name", "author", "content", "Dossier");
        head.open("style").raw(BriefingCss.of(options.paper(), BriefingCss.string(title), pageOf(t))).close("style");
        bookmarks(head, d, options, t, quotes);
        head.close("head");
        int places = redactor.places();
        String coverText = cover.toString().replace(CoverSection.REDACTED_COUNT, String.valueOf(places));
        String xhtml = head + "<body>" + coverText + body + "</body></html>";
        return new Result(xhtml, places);
    }

    private static void bookmarks(Html h, BriefingData d, BriefingOptions options, Texts t, boolean quotes) {
        h.open("bookmarks");
        if (options.has(BriefingSection.COVER)) {
            mark(h, t.get("brief.section.cover"), "#sec-cover");
        }
        if (options.has(BriefingSection.SUMMARY)) {
            mark(h, t.get("brief.section.summary"), "#sec-summary");
        }
        if (options.has(BriefingSection.TIMELINE)) {
            mark(h, t.get("brief.section.timeline"), "#sec-timeline");
        }
        if (quotes) {
            mark(h, t.get("brief.section.quotes"), "#sec-quotes");
        }
        if (options.has(BriefingSection.EXHIBITS)) {
            h.open("bookmark", "name", t.get("brief.section.exhibits"), "href", "#sec-exhibits");
            for (Exhibit e : d.exhibits()) {
                mark(h, h.plain(t.format("brief.exhibit.heading", e.ref().number()) + ": " + e.subject()), "#" + e.anchor());
            }
            h.close("bookmark");
        }
        if (options.has(BriefingSection.APPENDIX)) {
            h.open("bookmark", "name", t.get("brief.section.appendix"), "href", "#sec-appendix");
            for (Exhibit e : d.exhibits()) {
                mark(h, t.format("brief.appendix.heading", e.ref().number()), "#ap-" + e.ref().number());
            }
            mark(h, t.get("brief.appendix.manifest"), "#manifest");
            h.close("bookmark");
        }
        h.close("bookmarks");
    }

    private static void mark(Html h, String name, String href) {
        h.empty("bookmark", "name", name, "href", href);
    }

    /** "Page x of y" as CSS content, from the translated sentence. */
    private static String pageOf(Texts t) {
        String sentence = t.format("brief.page", "\u0001", "\u0002");
        StringBuilder css = new StringBuilder();
        for (String part : sentence.split("(?=[\u0001\u0002])|(?<=[\u0001\u0002])")) {
            if (part.equals("\u0001")) {
                css.append(" counter(page) ");
            } else if (part.equals("\u0002")) {
                css.append(" counter(pages) ");
            } else if (!part.isEmpty()) {
                css.append('"').append(BriefingCss.string(part)).append('"');
            }
        }
        return css.toString();
    }
}
