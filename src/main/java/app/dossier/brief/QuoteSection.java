package app.dossier.brief;

import app.dossier.brief.html.Html;
import app.dossier.model.QuoteCard;
import app.dossier.model.Side;

/**
 * Section 5: the key phrases as quote cards, each with its full citation and a link to its
 * exhibit. The objections with their answers slot in after the cards once the case holds them.
 */
final class QuoteSection {
    void write(Html h, BriefingData d, Texts t) {
        h.open("div", "class", "section", "id", "sec-quotes");
        h.element("h1", t.get("brief.section.quotes"));
        for (QuoteCard c : d.cards()) {
            h.open("div", "class", "card " + Texts.categoryClass(c.category()));
            String category = c.customCategory().isEmpty() ? t.category(c.category()) : c.customCategory();
            h.element("p", category, "class", "card-category");
            h.open("blockquote").label("\u201c").text(c.quote()).label("\u201d").close("blockquote");
            h.open("p", "class", "citation");
            h.text(c.authorName().isEmpty() ? c.authorAddress() : c.authorName());
            if (!c.authorAddress().isEmpty() && !c.authorName().isEmpty()) {
                h.label(" <").text(c.authorAddress()).label(">");
            }
            h.label(" (").label(side(c.authorSide(), t)).label("), ");
            h.text(t.time(c.time()));
            if (!c.audience().isEmpty()) {
                h.label(", ").label(t.get("brief.card.to")).label(" ").text(String.join(", ", c.audience()));
            }
            h.empty("br");
            h.label(t.get("brief.header.subject")).label(": ").text(c.subject());
            h.empty("br");
            h.label("Message-ID: ").text(c.messageId());
            h.empty("br");
            ExhibitLinks.write(h, d, t, c.exhibit());
            h.label(" \u00b7 SHA-256 ").open("span", "class", "hash").text(c.sha256()).close("span");
            if (!c.anchored()) {
                h.empty("br");
                h.label(t.get("brief.card.unanchored"));
            }
            h.close("p");
            if (!c.note().isEmpty()) {
                h.open("p", "class", "card-note").label(t.get("brief.card.note")).label(": ").text(c.note()).close("p");
            }
            h.close("div");
        }
        h.close("div");
    }

    private static String side(Side side, Texts t) {
        return switch (side) {
            case OURS -> t.get("brief.side.ours");
            case THEIRS -> t.get("brief.side.theirs");
            case NEUTRAL -> t.get("brief.side.neutral");
        };
    }
}
