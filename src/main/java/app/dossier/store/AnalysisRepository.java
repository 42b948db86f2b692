package app.dossier.store;

import app.dossier.model.EventKind;
import app.dossier.model.MessageAnalysis;
import app.dossier.model.MessageAnalysis.Finding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the classifier found per message, kept so the timeline of a large case opens without reading every mail. */
public final class AnalysisRepository {
    /**
     * Jackson's streaming reader and writer: the findings are a flat list, and the object mapper's
     * start (some 400 classes) was a good part of what a short command spent before its work.
     */
    private static final JsonFactory JSON = new JsonFactory();
    private final CaseStore store;

    public AnalysisRepository(CaseStore store) {
        this.store = store;
    }

    /** Every stored analysis made by the given classifier version, by message id. */
    public Map<Long, MessageAnalysis> current(String version) {
        return store.read(c -> {
            Map<Long, MessageAnalysis> all = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT message_id, findings, key_sentence, insults, shouting, "
                    + "invitation FROM message_analysis WHERE version = ?")) {
                s.setString(1, version);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String insults = rs.getString(4);
                        all.put(rs.getLong(1), new MessageAnalysis(rs.getLong(1), version, findings(rs.getString(2)),
                                rs.getString(3), insults.isEmpty() ? List.of() : Arrays.asList(insults.split("\n")),
                                rs.getBoolean(5), rs.getBoolean(6)));
                    }
                }
            }
            return all;
        });
    }

    /** The labelled sentences stored for the given messages (whatever classifier read them), by message id. */
    public Map<Long, List<Finding>> findingsOf(java.util.Collection<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return Map.of();
        }
        return store.read(c -> {
            Map<Long, List<Finding>> all = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT message_id, findings FROM message_analysis "
                    + "WHERE message_id = ANY(?)")) {
                s.setArray(1, c.createArrayOf("BIGINT", messageIds.toArray()));
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        all.put(rs.getLong(1), findings(rs.getString(2)));
                    }
                }
            }
            return all;
        });
    }

    /** Stores analyses in one transaction, replacing older ones of the same messages. */
    public void saveAll(List<MessageAnalysis> analyses) {
        if (analyses.isEmpty()) {
            return;
        }
        store.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO message_analysis (message_id, version, findings, "
                    + "key_sentence, insults, shouting, invitation) KEY (message_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (MessageAnalysis a : analyses) {
                    s.setLong(1, a.messageId());
                    s.setString(2, a.version());
                    s.setString(3, json(a.findings()));
                    s.setString(4, ImportStatements.cut(a.keySentence(), 4000));
                    s.setString(5, ImportStatements.cut(String.join("\n", a.insults()), 1000));
                    s.setBoolean(6, a.shouting());
                    s.setBoolean(7, a.invitation());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    private static String json(List<Finding> findings) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (Finding f : findings) {
                g.writeStartObject();
                g.writeStringField("label", f.label().name());
                g.writeStringField("sentence", f.sentence());
                g.writeNumberField("score", f.score());
                g.writeArrayFieldStart("reasons");
                for (String reason : f.reasons()) {
                    g.writeString(reason);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    private static List<Finding> findings(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            List<Finding> findings = new ArrayList<>();
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return List.of();
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                findings.add(finding(p));
            }
            return findings;
        } catch (IOException | IllegalArgumentException e) {
            // Written by saveAll; unreadable means the row was damaged: treat it as nothing found.
            return List.of();
        }
    }

    /** One finding, the parser on its START_OBJECT; fields in any order, unknown ones skipped. */
    private static Finding finding(JsonParser p) throws IOException {
        EventKind label = null;
        String sentence = null;
        double score = 0;
        List<String> reasons = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "label" -> label = EventKind.valueOf(p.getText());
                case "sentence" -> sentence = p.getText();
                case "score" -> score = p.getValueAsDouble();
                case "reasons" -> {
                    while (value == JsonToken.START_ARRAY && p.nextToken() == JsonToken.VALUE_STRING) {
                        reasons.add(p.getText());
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (label == null || sentence == null) {
            throw new IOException("a finding without label or sentence");
        }
        return new Finding(label, sentence, score, reasons);
    }
}
