package app.dossier.keyphrases;

import app.dossier.model.PhraseSuggestion;
import app.dossier.model.QuoteCard;
import app.dossier.model.Spaces;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Quote cards written out: CSV and JSON for other programs (fixed English column names, ISO times
 * with the writer's offset, the full SHA-256), Markdown and plain text for people (the user's language).
 */
public final class CardFormats {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Citations citations;

    public CardFormats(Citations citations) {
        this.citations = citations;
    }

    public String csv(List<QuoteCard> cards) {
        StringBuilder out = new StringBuilder("id,order,category,custom_category,quote,note,author_name,author_address,"
                + "author_side,time,to,subject,message_id,exhibit,sha256,start,end,anchored\r\n");
        for (QuoteCard c : cards) {
            out.append(String.join(",", List.of(Long.toString(c.id()), Integer.toString(c.order()), c.category().name(),
                    cell(c.customCategory()), cell(c.quote()), cell(c.note()), cell(c.authorName()),
                    cell(c.authorAddress()), c.authorSide().name(), iso(c), cell(String.join("; ", c.audience())),
                    cell(c.subject()), cell(c.messageId()), Integer.toString(c.exhibit().number()), c.sha256(),
                    Integer.toString(c.start()), Integer.toString(c.end()), Boolean.toString(c.anchored()))))
                    .append("\r\n");
        }
        return out.toString();
    }

    public String json(List<QuoteCard> cards) {
        ArrayNode array = JSON.createArrayNode();
        for (QuoteCard c : cards) {
            ObjectNode o = array.addObject();
            o.put("id", c.id());
            o.put("order", c.order());
            o.put("category", c.category().name());
            o.put("customCategory", c.customCategory());
            o.put("quote", c.quote());
            o.put("note", c.note());
            o.put("authorName", c.authorName());
            o.put("authorAddress", c.authorAddress());
            o.put("authorSide", c.authorSide().name());
            o.put("time", iso(c));
            ArrayNode to = o.putArray("to");
            c.audience().forEach(to::add);
            o.put("subject", c.subject());
            o.put("messageId", c.messageId());
            o.put("source", c.exhibit().kind().name());
            o.put("sourceId", c.exhibit().sourceId());
            o.put("exhibit", c.exhibit().number());
            o.put("sha256", c.sha256());
            o.put("start", c.start());
            o.put("end", c.end());
            o.put("anchored", c.anchored());
            o.put("citation", citations.citation(c));
        }
        return array.toString();
    }

    /** One citation per card, with its category and id, a lost phrase said as such. */
    public String text(List<QuoteCard> cards) {
        StringBuilder out = new StringBuilder();
        for (QuoteCard c : cards) {
            out.append('#').append(c.id()).append(" [").append(citations.category(c)).append("] ")
                    .append(citations.citation(c));
            if (!c.note().isBlank()) {
                out.append(" — ").append(c.note().strip());
            }
            if (!c.anchored()) {
                out.append(" (").append(citations.messages().get("phrases.lost")).append(')');
            }
            out.append('\n');
        }
        return out.toString();
    }

    public String markdown(String title, List<QuoteCard> cards) {
        var m = citations.messages();
        StringBuilder out = new StringBuilder("# ").append(m.format("phrases.markdown.title", title)).append("\n\n");
        int number = 1;
        for (QuoteCard c : cards) {
            out.append("## ").append(number++).append(". ").append(citations.category(c)).append("\n\n");
            for (String line : c.quote().strip().split("\n")) {
                out.append("> ").append(line.strip()).append('\n');
            }
            out.append('\n');
            if (!c.anchored()) {
                out.append("**").append(m.get("phrases.lost")).append("**\n\n");
            }
            if (!c.note().isBlank()) {
                out.append(m.get("phrases.field.note")).append(": ").append(c.note().strip()).append("  \n");
            }
            out.append(m.get("phrases.field.from")).append(": ").append(citations.author(c));
            if (!c.authorAddress().isBlank()) {
                out.append(" <").append(c.authorAddress()).append('>');
            }
            out.append(" (").append(citations.side(c.authorSide())).append(")  \n");
            out.append(m.get("phrases.field.when")).append(": ").append(citations.when(c.time())).append("  \n");
            out.append(m.get("phrases.field.to")).append(": ").append(String.join(", ", c.audience())).append("  \n");
            out.append(m.get("phrases.field.subject")).append(": ").append(c.subject()).append("  \n");
            if (!c.messageId().isBlank()) {
                out.append("Message-ID: `").append(Citations.messageId(c.messageId())).append("`  \n");
            }
            out.append(m.get("phrases.field.exhibit")).append(": ").append(c.exhibit().number()).append("  \n");
            out.append("SHA-256: `").append(c.sha256()).append("`\n\n");
            out.append(m.get("phrases.field.citation")).append(": ").append(citations.citation(c)).append("\n\n");
        }
        return out.toString();
    }

    /** Open suggestions, one a line, for the command line. */
    public String suggestions(List<PhraseSuggestion> list, String format) {
        if (format.equals("json")) {
            ArrayNode array = JSON.createArrayNode();
            for (PhraseSuggestion s : list) {
                ObjectNode o = array.addObject();
                o.put("source", s.sourceKind().name());
                o.put("sourceId", s.sourceId());
                o.put("sentence", s.sentence());
                o.put("category", s.category().name());
                o.put("reason", s.reason());
                o.put("author", s.author());
                o.put("time", s.time() == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.time()));
                o.put("confirmed", s.confirmed());
            }
            return array.toString();
        }
        StringBuilder out = new StringBuilder();
        if (format.equals("csv")) {
            out.append("source,source_id,category,reason,author,time,confirmed,sentence\r\n");
        }
        for (PhraseSuggestion s : list) {
            String time = s.time() == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.time());
            if (format.equals("csv")) {
                out.append(String.join(",", s.sourceKind().name(), Long.toString(s.sourceId()), s.category().name(),
                        s.reason(), cell(s.author()), time, Boolean.toString(s.confirmed()), cell(s.sentence())))
                        .append("\r\n");
            } else {
                out.append('[').append(citations.category(s.category(), "")).append("] ")
                        .append(Spaces.collapsed(s.sentence())).append(" — ").append(s.author())
                        .append(", ").append(citations.written(s.time())).append(" (").append(s.sourceKind().name()
                                .toLowerCase(java.util.Locale.ROOT)).append(' ').append(s.sourceId()).append(")\n");
            }
        }
        return out.toString();
    }

    private static String iso(QuoteCard c) {
        return c.time() == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(c.time());
    }

    /** A CSV cell, quoted when it must be (RFC 4180). */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
