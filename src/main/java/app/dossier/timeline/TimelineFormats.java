package app.dossier.timeline;

import app.dossier.model.TimelineEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The timeline as JSON (an array of events), CSV (the same columns) or text (ending with the chain of proof). */
public final class TimelineFormats {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private TimelineFormats() {
    }

    public static String json(Timeline timeline) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (TimelineEvent e : timeline.events()) {
            ObjectNode node = array.addObject();
            node.put("time", ISO.format(e.time()));
            node.put("kind", e.kind().name());
            node.put("actor", e.actor());
            ArrayNode audience = node.putArray("audience");
            e.audience().forEach(audience::add);
            node.put("summary", e.summary());
            node.put("key", e.key());
            ObjectNode source = node.putObject("source");
            source.put("type", e.sourceType());
            source.put("messageId", e.messageId());
            source.put("sha256", e.sha256());
            ArrayNode facts = node.putArray("facts");
            e.facts().forEach(facts::add);
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String csv(Timeline timeline) {
        StringBuilder out = new StringBuilder("time,kind,actor,audience,summary,key,source_type,message_id,sha256,facts\n");
        for (TimelineEvent e : timeline.events()) {
            out.append(String.join(",", List.of(cell(ISO.format(e.time())), cell(e.kind().name()), cell(e.actor()),
                    cell(String.join("; ", e.audience())), cell(e.summary()), cell(e.key()), cell(e.sourceType()),
                    cell(e.messageId()), cell(e.sha256()), cell(String.join(" | ", e.facts()))))).append('\n');
        }
        return out.toString();
    }

    public static String text(Timeline timeline) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");
        StringBuilder out = new StringBuilder();
        for (TimelineEvent e : timeline.events()) {
            out.append(when.format(e.time())).append("  ").append(String.format("%-8s", e.kind().name())).append("  ")
                    .append(e.actor().isEmpty() ? e.summary() : e.actor()).append('\n');
            if (!e.key().isEmpty()) {
                out.append("    \u201c").append(e.key()).append("\u201d\n");
            }
            e.facts().forEach(f -> out.append("    - ").append(f).append('\n'));
        }
        out.append("\nChain of proof\n");
        if (timeline.chainOfProof().isEmpty()) {
            out.append("  (no change found)\n");
        }
        timeline.chainOfProof().forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static String cell(String value) {
        String v = value == null ? "" : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
