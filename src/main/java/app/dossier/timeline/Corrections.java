package app.dossier.timeline;

import app.dossier.model.EventCorrection;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.Review;
import app.dossier.model.Spaces;
import app.dossier.model.TimelineEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies the user's decisions: to the event they were made on, and — the case learning from the
 * user — to every other event whose key sentence is the same sentence, or similar enough to a
 * decided one ({@link CaseLearning}). A learned reading stays unreviewed, marked as learned.
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
        return apply(events, corrections, anchors, hidden, () -> vocabulary(events));
    }

    /** The case's words for {@link CaseLearning}: the key sentences of its events. */
    static CaseLearning.Vocabulary vocabulary(List<TimelineEvent> events) {
        return new CaseLearning.Vocabulary(events.stream().map(TimelineEvent::key).toList());
    }

    /** As above, with the case's words made once per draft by the caller. */
    static List<TimelineEvent> apply(List<TimelineEvent> events, List<EventCorrection> corrections,
                                     Map<String, TimelineEvent> anchors, List<TimelineEvent> hidden,
                                     java.util.function.Supplier<CaseLearning.Vocabulary> vocabulary) {
        Map<String, EventCorrection> direct = new HashMap<>();
        Map<String, EventCorrection> bySentence = new HashMap<>();
        for (EventCorrection c : corrections) {
            direct.put(id(c.source(), c.sourceId(), c.originalKind().name()), c);
            // A new kind or hiding carries over to the same sentence; a new time or text belongs to one event.
            if (!c.keySentence().isBlank() && (c.decidedKind() != null || c.hidden())) {
                bySentence.put(normalized(c.keySentence()) + "|" + c.originalKind(), c);
            }
        }
        CaseLearning learning = new CaseLearning(corrections, vocabulary);
        List<TimelineEvent> result = new ArrayList<>();
        java.util.Set<EventCorrection> used = new java.util.HashSet<>();
        for (TimelineEvent e : events) {
            EventCorrection own = direct.get(id(e.source(), e.sourceId(), e.kind().name()));
            if (own != null) {
                used.add(own);
            }
            EventCorrection learned = bySentence.isEmpty() ? null : bySentence.get(normalized(e.key()) + "|" + e.kind());
            boolean hide = own != null ? own.hidden() : learned != null && learned.hidden();
            if (hide) {
                hidden.add(e);
                continue;
            }
            result.add(decided(e, own, learned, learning));
        }
        // The user's decision wins over re-classification: when the classifier no longer finds the
        // event a kind was given to, the event comes back as the user decided it.
        for (EventCorrection c : direct.values()) {
            TimelineEvent anchor = anchors.get(source(c.source(), c.sourceId()));
            if (used.contains(c) || c.hidden() || c.newKind() == null || anchor == null) {
                continue;
            }
            result.add(new TimelineEvent(c.newTime() != null ? c.newTime() : anchor.time(), c.newKind(), anchor.actor(),
                    anchor.audience(), anchor.summary(), c.newText() != null ? c.newText() : c.keySentence(),
                    anchor.source(), anchor.sourceId(), anchor.messageId(), anchor.sha256(), anchor.thread(),
                    java.util.stream.Stream.concat(anchor.facts().stream().filter(f -> f.type() != FactType.TIME_FROM_TEXT),
                            java.util.stream.Stream.of(Fact.of(FactType.KIND_SET_BY_YOU, c.originalKind()))).toList(),
                    c.originalKind(), 1.0, List.of(), Review.CORRECTED));
        }
        return result;
    }

    /** One event with the user's decision on it, or what the case learned from decisions on other sentences. */
    private static TimelineEvent decided(TimelineEvent e, EventCorrection own, EventCorrection learned,
                                         CaseLearning learning) {
        boolean edited = own != null && (own.newTime() != null || own.newText() != null);
        TimelineEvent decided = e;
        if (own != null && own.newKind() != null) {
            decided = decided.corrected(own.newKind(), null, null, Fact.of(FactType.KIND_SET_BY_YOU, e.kind()))
                    .reviewed(Review.CORRECTED, 1.0);
        } else if (own != null && own.confirmed()) {
            decided = decided.corrected(null, null, null, Fact.of(FactType.CONFIRMED_BY_YOU))
                    .reviewed(Review.CONFIRMED, 1.0);
        } else if (learned != null && !learned.hidden() && learned.decidedKind() != null) {
            // The very same sentence elsewhere: the user's decision carries over, still marked as learned.
            decided = learned.newKind() != null
                    ? decided.corrected(learned.newKind(), null, null, Fact.of(FactType.KIND_LEARNED, e.kind()))
                    : decided.corrected(null, null, null, Fact.of(FactType.SUPPORTED_BY, learned.keySentence()));
            decided = decided.reviewed(Review.LEARNED, Math.max(e.confidence(), Confidence.LEARNED_CEILING));
        } else if (learning.knows(e.kind()) && e.review() == Review.UNREVIEWED) {
            decided = fromNeighbour(decided, learning);
        }
        if (edited) {
            decided = decided.corrected(null, own.newTime(), own.newText(), Fact.of(FactType.CORRECTED_BY_YOU));
        }
        return decided;
    }

    /** A similar sentence the user decided on: re-read like it, confidence as similar as the sentences are. */
    private static TimelineEvent fromNeighbour(TimelineEvent e, CaseLearning learning) {
        return learning.nearest(e.key(), e.kind(), e.source(), e.sourceId()).map(m -> {
            double confidence = Math.min(Confidence.LEARNED_CEILING, m.similarity());
            EventKind kind = m.decision().decidedKind();
            if (kind == e.kind()) {
                return e.corrected(null, null, null, Fact.of(FactType.SUPPORTED_BY, m.decision().keySentence()))
                        .reviewed(Review.LEARNED, Math.max(e.confidence(), confidence));
            }
            return e.corrected(kind, null, null, Fact.of(FactType.LEARNED_FROM, m.decision().keySentence(), kind))
                    .reviewed(Review.LEARNED, confidence);
        }).orElse(e);
    }

    static String source(app.dossier.model.EventSource type, long sourceId) {
        return type.code() + ":" + sourceId;
    }

    private static String id(app.dossier.model.EventSource type, long sourceId, String kind) {
        return type.code() + ":" + sourceId + ":" + kind;
    }

    private static String normalized(String sentence) {
        return Spaces.collapsed(sentence).toLowerCase(Locale.ROOT);
    }
}
