package app.dossier.mailbox;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Prepares mail HTML for display: scripts, frames, forms, external styles and every remote
 * reference are removed, and a Content-Security-Policy forbids loading anything, so opening a mail
 * never tells its sender (tracking pixels) and never runs code. Inline images (cid:, data:) are
 * dropped too: the attachments list shows them.
 */
public final class SafeHtml {
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
            + "font-src 'none'; connect-src 'none'; frame-src 'none'; form-action 'none'";

    private SafeHtml() {
    }

    public static String prepare(String html) {
        Safelist allowed = Safelist.relaxed()
                .removeTags("img")
                .addAttributes(":all", "style", "align", "valign", "bgcolor", "width", "height")
                .removeProtocols("a", "href", "ftp", "http", "https", "mailto")
                .addProtocols("a", "href", "#");
        Document dirty = Jsoup.parse(html);
        Document clean = new Cleaner(allowed).clean(dirty);
        for (Element e : clean.select("[style]")) {
            String style = e.attr("style");
            if (style.toLowerCase(java.util.Locale.ROOT).contains("url(")) {
                e.attr("style", style.replaceAll("(?i)url\\([^)]*\\)", "none"));
            }
        }
        clean.head().prependElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", POLICY);
        clean.head().appendElement("style").text("body{font-family:sans-serif;font-size:13px;margin:12px;}");
        clean.outputSettings().prettyPrint(false);
        return clean.outerHtml();
    }
}
