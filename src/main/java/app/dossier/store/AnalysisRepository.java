package app.dossier.store;

import app.dossier.model.EventKind;
import app.dossier.model.MessageAnalysis;
import app.dossier.model.MessageAnalysis.Finding;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the classifier found per message, kept so the timeline of a large case opens without reading every mail. */
public final class AnalysisRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
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
        ArrayNode array = JSON.createArrayNode();
        for (Finding f : findings) {
            ObjectNode node = array.addObject();
            node.put("label", f.label().name());
            node.put("sentence", f.sentence());
            node.put("score", f.score());
            ArrayNode reasons = node.putArray("reasons");
            f.reasons().forEach(reasons::add);
        }
        return array.toString();
    }

    private static List<Finding> findings(String json) {
        try {
            List<Finding> findings = new ArrayList<>();
            for (JsonNode node : JSON.readTree(json)) {
                List<String> reasons = new ArrayList<>();
                node.get("reasons").forEach(r -> reasons.add(r.asText()));
                findings.add(new Finding(EventKind.valueOf(node.get("label").asText()), node.get("sentence").asText(),
                        node.get("score").asDouble(), reasons));
            }
            return findings;
        } catch (JsonProcessingException e) {
            // Written by saveAll; unreadable means the row was damaged: treat it as nothing found.
            return List.of();
        }
    }
}
