package app.dossier.timeline;

import app.dossier.model.EventCorrection;
import app.dossier.model.EventKind;
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

    /**
     * @param anchors an event of each source (message or note) by {@link #source}, to bring back a
     *                decision whose event the classifier no longer finds
     */
    static List<TimelineEvent> apply(List<TimelineEvent> events, List<EventCorrection> corrections,
                                     Map<String, TimelineEvent> anchors) {
        return apply(events, corrections, anchors, new ArrayList<>());
    }

    /** As {@link #apply(List, List, Map)}, collecting the events the user hid into {@code hidden}. */
    static List<TimelineEvent> apply(List<TimelineEvent> events, List<EventCorrection> corrections,
                                     Map<String, TimelineEvent> anchors, List<TimelineEvent> hidden) {
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
        java.util.Set<EventCorrection> used = new java.util.HashSet<>();
        for (TimelineEvent e : events) {
            EventCorrection own = direct.get(id(e.sourceType(), e.sourceId(), e.kind().name()));
            if (own != null) {
                used.add(own);
            }
            EventCorrection learned = bySentence.get(normalized(e.key()) + "|" + e.kind());
            boolean hide = own != null ? own.hidden() : learned != null && learned.hidden();
            if (hide) {
                hidden.add(e);
                continue;
            }
            EventKind kind = own != null && own.newKind() != null ? own.newKind()
                    : learned != null && !learned.hidden() ? learned.newKind() : null;
            List<Fact> facts = new ArrayList<>();
            if (own != null && own.newKind() != null) {
                facts.add(Fact.of(FactType.KIND_SET_BY_YOU, e.kind()));
            } else if (kind != null) {
                facts.add(Fact.of(FactType.KIND_LEARNED, e.kind()));
            }
            boolean edited = own != null && (own.newTime() != null || own.newText() != null);
            if (edited) {
                facts.add(Fact.of(FactType.CORRECTED_BY_YOU));
            }
            TimelineEvent decided = e;
            for (Fact fact : facts) {
                decided = decided.corrected(kind, edited ? own.newTime() : null, edited ? own.newText() : null, fact);
            }
            result.add(decided);
        }
        // The user's decision wins over re-classification: when the classifier no longer finds the
        // event a kind was given to, the event comes back as the user decided it.
        for (EventCorrection c : direct.values()) {
            TimelineEvent anchor = anchors.get(source(c.sourceType(), c.sourceId()));
            if (used.contains(c) || c.hidden() || c.newKind() == null || anchor == null) {
                continue;
            }
            result.add(new TimelineEvent(c.newTime() != null ? c.newTime() : anchor.time(), c.newKind(), anchor.actor(),
                    anchor.audience(), anchor.summary(), c.newText() != null ? c.newText() : c.keySentence(),
                    anchor.sourceType(), anchor.sourceId(), anchor.messageId(), anchor.sha256(), anchor.thread(),
                    java.util.stream.Stream.concat(anchor.facts().stream().filter(f -> f.type() != FactType.TIME_FROM_TEXT),
                            java.util.stream.Stream.of(Fact.of(FactType.KIND_SET_BY_YOU, c.originalKind()))).toList(),
                    c.originalKind()));
        }
        return result;
    }

    static String source(String type, long sourceId) {
        return type + ":" + sourceId;
    }

    private static String id(String type, long sourceId, String kind) {
        return type + ":" + sourceId + ":" + kind;
    }

    private static String normalized(String sentence) {
        return sentence.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
