package app.dossier.ingest.mime;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text from HTML mail, keeping the paragraphs and line breaks a reader sees. Quoted parts
 * ({@code <blockquote>}, as Gmail, Apple Mail and Thunderbird quote a reply) get "&gt; " before every
 * line, as a plain-text reply would, so an HTML-only reply's quote is known as a quote.
 */
public final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "table", "ul", "ol", "section", "article", "header", "footer", "hr");

    private HtmlText() {
    }

    public static String toText(String html) {
        var document = Jsoup.parse(html);
        document.select("script, style, head, title").remove();
        StringBuilder out = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            private int quoteDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String value = text.getWholeText().replaceAll("\\s+", " ");
                    if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') {
                        value = value.stripLeading();
                        if (!value.isEmpty()) {
                            out.append("> ".repeat(quoteDepth));
                        }
                    }
                    out.append(value);
                } else if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (tag.equals("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(tag)) {
                        newline(out);
                        if (tag.equals("blockquote")) {
                            quoteDepth++;
                        }
                    } else if (tag.equals("td") || tag.equals("th")) {
                        out.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    newline(out);
                    if (element.normalName().equals("blockquote")) {
                        quoteDepth--;
                    }
                }
            }
        });
        return out.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
