package app.dossier.timeline;

import app.dossier.model.EventKind;
import app.dossier.model.EventSource;
import app.dossier.model.Reason;
import app.dossier.model.Review;
import app.dossier.model.TimelineEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the timeline shows and what it only suggests (docs/decisions/0034). A reading of the model
 * alone (no cue, no rule of structure behind it) that nobody has reviewed and whose confidence is
 * below {@link #SHOWN_FROM} is a candidate: it is offered in the review queue and, where it matters
 * to a change, in the chain of proof's "not found for sure — check these", but it is not an event on
 * the timeline, in the chain of proof or in the briefing. Confirming it or giving it a kind makes it
 * an event. On whole stories most extra events were such readings: a mail of fifteen sentences
 * gathers a few unlikely labels.
 */
final class Candidates {
    /**
     * The confidence from which a reading of the model alone is shown: the lowest band edge from which
     * out-of-fold readings on writers held out are right more often than wrong (chosen by
     * {@code CandidateThreshold} in the tests on the leave-one-writer-out folds, not on any story).
     */
    static final double SHOWN_FROM = 0.30;
    /** The coded reason the model's probability is given as: the first reason of a reading of the model alone. */
    private static final String PROBABILITY = Reason.of("reason.probability");

    private Candidates() {
    }

    /**
     * The candidates among {@code events}, each named by {@link #key} (the chain of proof gives its
     * changes new copies). Keeping a message's surest reading on the timeline even when unsure was
     * tried: on the stories it kept no true event more and 3 to 10 false ones (docs/decisions/0034).
     */
    static java.util.Set<String> of(List<TimelineEvent> events) {
        java.util.Set<String> result = new java.util.HashSet<>();
        events.stream().filter(Candidates::isUnsure).forEach(e -> result.add(key(e)));
        return result;
    }

    /** An event's name among the candidates: its source and the kind it was read as. */
    static String key(TimelineEvent e) {
        return e.source() + ":" + e.sourceId() + ":" + e.detectedKind();
    }

    /** Whether an event is an unsure reading of the model alone in a mail that nobody has reviewed. */
    static boolean isUnsure(TimelineEvent e) {
        return e.source() == EventSource.MESSAGE && e.review() == Review.UNREVIEWED && judges(e.kind())
                && e.confidence() < SHOWN_FROM && modelAlone(e);
    }

    private static boolean judges(EventKind kind) {
        return kind != EventKind.OTHER && kind != EventKind.NOTE && kind != EventKind.MEETING;
    }

    private static boolean modelAlone(TimelineEvent e) {
        return !e.evidence().isEmpty() && e.evidence().get(0).startsWith(PROBABILITY);
    }

    /**
     * Messages left with candidates only that the headers make notable (someone dropped from copy, a
     * mail at night, a forward): they stay on the timeline as an "Other" event with those facts, as a
     * message without any label does. {@code hidden} counts too: a candidate the user dismissed does
     * not take the message's facts with it, and an "Other" event the user hid stays hidden.
     */
    static List<TimelineEvent> factsOnly(List<TimelineEvent> events, List<TimelineEvent> hidden, java.util.Set<String> candidates) {
        Map<Long, List<TimelineEvent>> byMessage = new LinkedHashMap<>();
        java.util.Set<Long> shown = new java.util.HashSet<>();
        java.util.Set<Long> factsHidden = new java.util.HashSet<>();
        for (TimelineEvent e : events) {
            if (e.source() == EventSource.MESSAGE) {
                byMessage.computeIfAbsent(e.sourceId(), k -> new ArrayList<>()).add(e);
                if (!candidates.contains(key(e))) {
                    shown.add(e.sourceId());
                }
            }
        }
        for (TimelineEvent e : hidden) {
            if (e.source() == EventSource.MESSAGE) {
                byMessage.computeIfAbsent(e.sourceId(), k -> new ArrayList<>()).add(e);
                if (e.detectedKind() == EventKind.OTHER) {
                    factsHidden.add(e.sourceId());
                }
            }
        }
        List<TimelineEvent> added = new ArrayList<>();
        for (var entry : byMessage.entrySet()) {
            if (shown.contains(entry.getKey()) || factsHidden.contains(entry.getKey())) {
                continue;
            }
            List<TimelineEvent> own = entry.getValue();
            TimelineEvent first = own.stream().filter(e -> e.kind() != EventKind.CHANGE).findFirst().orElse(own.get(0));
            if (EventRules.notable(first.facts(), first.time())) {
                added.add(new TimelineEvent(first.time(), EventKind.OTHER, first.actor(), first.audience(),
                        first.summary(), first.key(), first.source(), first.sourceId(), first.messageId(),
                        first.sha256(), first.thread(), first.facts(), EventKind.OTHER, TimelineService.NOTABLE_CONFIDENCE,
                        List.of(), Review.UNREVIEWED));
            }
        }
        return added;
    }

    /** The checked timeline with its candidates taken off the events. */
    static Timeline split(Timeline checked, java.util.Set<String> candidates) {
        List<TimelineEvent> shown = new ArrayList<>();
        List<TimelineEvent> suggested = new ArrayList<>();
        for (TimelineEvent e : checked.events()) {
            (e.kind() != EventKind.OTHER && candidates.contains(key(e)) ? suggested : shown).add(e);
        }
        return new Timeline(shown, checked.chainOfProof(), checked.hidden(), suggested);
    }
}
