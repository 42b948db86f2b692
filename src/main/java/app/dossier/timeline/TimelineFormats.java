package app.dossier.timeline;

import app.dossier.i18n.FactTexts;
import app.dossier.i18n.KindTexts;
import app.dossier.i18n.Messages;
import app.dossier.model.ChangeProof;
import app.dossier.model.Fact;
import app.dossier.model.TimelineEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The timeline as JSON (an array of events), CSV (the same columns) or text (ending with the chain
 * of proof). Kinds and times are machine-readable in JSON and CSV; facts are said in the given language.
 * Every event says how sure its reading is, whether it was reviewed and the evidence behind it; in the
 * chain of proof "!" marks a gap, "?" what is not sure or rests on unreviewed readings, "-" the rest.
 */
public final class TimelineFormats {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private final Messages messages;
    private final FactTexts facts;
    private final app.dossier.i18n.ReasonTexts reasons;

    public TimelineFormats(Messages messages) {
        this.messages = messages;
        this.facts = new FactTexts(messages);
        this.reasons = new app.dossier.i18n.ReasonTexts(messages);
    }

    public String json(Timeline timeline) {
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
            node.put("thread", e.thread());
            ObjectNode source = node.putObject("source");
            source.put("type", e.source().code());
            source.put("messageId", e.messageId());
            source.put("sha256", e.sha256());
            ArrayNode list = node.putArray("facts");
            e.facts().forEach(f -> list.add(facts.text(f)));
            node.put("confidence", Math.round(e.confidence() * 100) / 100.0);
            node.put("review", e.review().name());
            ArrayNode evidence = node.putArray("evidence");
            e.evidence().forEach(r -> evidence.add(reasons.text(r)));
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String csv(Timeline timeline) {
        StringBuilder out = new StringBuilder(
                "time,kind,actor,audience,summary,key,thread,source_type,message_id,sha256,facts,confidence,review,evidence\n");
        for (TimelineEvent e : timeline.events()) {
            out.append(String.join(",", List.of(cell(ISO.format(e.time())), cell(e.kind().name()), cell(e.actor()),
                    cell(String.join("; ", e.audience())), cell(e.summary()), cell(e.key()), cell(e.thread()),
                    cell(e.source().code()), cell(e.messageId()), cell(e.sha256()),
                    cell(String.join(" | ", e.facts().stream().map(facts::text).toList())),
                    cell(String.valueOf(Math.round(e.confidence() * 100) / 100.0)), cell(e.review().name()),
                    cell(String.join(" | ", e.evidence().stream().map(reasons::text).toList()))))).append('\n');
        }
        return out.toString();
    }

    public String text(Timeline timeline) {
        StringBuilder out = new StringBuilder();
        for (TimelineEvent e : timeline.events()) {
            out.append(facts.time(e.time())).append("  ").append(messages.get(KindTexts.key(e.kind()))).append("  ")
                    .append(e.actor().isEmpty() ? e.summary() : e.actor()).append('\n');
            if (!e.key().isEmpty()) {
                out.append("    ").append(messages.format("timeline.quote", e.key())).append('\n');
            }
            out.append("    ").append(facts.review(e.review(), e.confidence()));
            if (!e.evidence().isEmpty()) {
                out.append(": ").append(reasons.joined(e.evidence()));
            }
            out.append('\n');
            e.facts().forEach(f -> out.append("    - ").append(facts.text(f)).append('\n'));
        }
        if (!timeline.candidates().isEmpty()) {
            // Not on the timeline: readings too unsure to be events, said so, for the user to check.
            out.append('\n').append(messages.format("timeline.candidates", timeline.candidates().size())).append('\n');
            for (TimelineEvent e : timeline.candidates()) {
                out.append("  ").append(facts.time(e.time())).append("  ").append(messages.get(KindTexts.key(e.kind())))
                        .append("  ").append(e.actor()).append("  ").append(messages.format("timeline.quote", e.key()))
                        .append("  ").append(facts.review(e.review(), e.confidence())).append('\n');
            }
        }
        out.append('\n').append(messages.get("timeline.chain")).append('\n');
        if (timeline.chainOfProof().isEmpty()) {
            out.append("  ").append(messages.get("timeline.noChange")).append('\n');
        }
        for (ChangeProof proof : timeline.chainOfProof()) {
            TimelineEvent change = proof.change();
            out.append(messages.format("timeline.proofHeading", facts.time(change.time()), change.actor(), change.key()))
                    .append('\n');
            for (Fact f : proof.findings()) {
                out.append(f.isGap() ? "  ! " : f.isUnsure() || f.unreviewed() ? "  ? " : "  - ")
                        .append(facts.text(f)).append('\n');
            }
        }
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
