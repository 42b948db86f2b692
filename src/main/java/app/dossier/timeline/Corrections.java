package app.dossier.timeline;

import app.dossier.model.EventCorrection;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies the user's decisions: to the event they were made on, and — the case learning from the
 * user — to every other event whose key sentence is the same sentence.
 */
final class Corrections {
    private Corrections() {
    }

    static List<TimelineEvent> apply(List<TimelineEvent> events, List<EventCorrection> corrections) {
        Map<String, EventCorrection> direct = new HashMap<>();
        Map<String, EventCorrection> bySentence = new HashMap<>();
        for (EventCorrection c : corrections) {
            direct.put(id(c.sourceType(), c.sourceId(), c.originalKind().name()), c);
            // A new kind or hiding carries over to the same sentence; a new time or text belongs to one event.
            if (!c.keySentence().isBlank() && (c.newKind() != null || c.hidden())) {
                bySentence.put(normalized(c.keySentence()) + "|" + c.originalKind(), c);
            }
        }
        List<TimelineEvent> result = new ArrayList<>();
        for (TimelineEvent e : events) {
            EventCorrection own = direct.get(id(e.sourceType(), e.sourceId(), e.kind().name()));
            EventCorrection learned = own != null ? null : bySentence.get(normalized(e.key()) + "|" + e.kind());
            EventCorrection c = own != null ? own : learned;
            if (c == null) {
                result.add(e);
            } else if (!c.hidden()) {
                Fact fact = own != null
                        ? (c.newKind() != null ? Fact.of(FactType.KIND_SET_BY_YOU, e.kind())
                                : Fact.of(FactType.CORRECTED_BY_YOU))
                        : Fact.of(FactType.KIND_LEARNED, e.kind());
                result.add(e.corrected(c.newKind(), own != null ? c.newTime() : null, own != null ? c.newText() : null,
                        fact));
            }
        }
        return result;
    }

    private static String id(String type, long sourceId, String kind) {
        return type + ":" + sourceId + ":" + kind;
    }

    private static String normalized(String sentence) {
        return sentence.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
