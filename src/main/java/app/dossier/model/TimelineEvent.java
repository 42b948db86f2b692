package app.dossier.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One dated thing on the timeline: what kind, who did it, to whom, the sentence that shows it,
 * where it comes from (message, note or by hand, with Message-ID and the original's SHA-256),
 * the conversation it belongs to and the facts derived about it. {@code detectedKind} is what the
 * classifier found; {@code kind} may be the user's correction. {@code confidence} (0 to 1) is how sure
 * the reading of the kind is, {@code evidence} the strongest cues or features behind it in words, and
 * {@code review} whether the user has looked at it.
 */
public record TimelineEvent(OffsetDateTime time, EventKind kind, String actor, List<String> audience, String summary,
                            String key, EventSource source, long sourceId, String messageId, String sha256,
                            String thread, List<Fact> facts, EventKind detectedKind, double confidence,
                            List<String> evidence, Review review) {
    /** An event nobody has reviewed, read with full confidence and no evidence named (tests, older callers). */
    public TimelineEvent(OffsetDateTime time, EventKind kind, String actor, List<String> audience, String summary,
                         String key, EventSource source, long sourceId, String messageId, String sha256,
                         String thread, List<Fact> facts, EventKind detectedKind) {
        this(time, kind, actor, audience, summary, key, source, sourceId, messageId, sha256, thread, facts,
                detectedKind, 1.0, List.of(), Review.UNREVIEWED);
    }

    public TimelineEvent {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0 and 1: " + confidence);
        }
        evidence = List.copyOf(evidence);
        review = review == null ? Review.UNREVIEWED : review;
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        audience = List.copyOf(audience);
        facts = List.copyOf(facts);
        actor = actor == null ? "" : actor;
        summary = summary == null ? "" : summary;
        key = key == null ? "" : key;
        messageId = messageId == null ? "" : messageId;
        sha256 = sha256 == null ? "" : sha256;
        thread = thread == null ? "" : thread;
        detectedKind = detectedKind == null ? kind : detectedKind;
    }

    /** The same event as the user corrected it. */
    public TimelineEvent corrected(EventKind newKind, OffsetDateTime newTime, String newKey, Fact fact) {
        List<Fact> all = new ArrayList<>(facts);
        all.add(fact);
        return new TimelineEvent(newTime == null ? time : newTime, newKind == null ? kind : newKind, actor, audience,
                summary, newKey == null ? key : newKey, source, sourceId, messageId, sha256, thread, all,
                detectedKind, confidence, evidence, review);
    }

    /** The same event with another review state and confidence (a decision, or what the case learned). */
    public TimelineEvent reviewed(Review newReview, double newConfidence) {
        return new TimelineEvent(time, kind, actor, audience, summary, key, source, sourceId, messageId, sha256,
                thread, facts, detectedKind, newConfidence, evidence, newReview);
    }

    public TimelineEvent withFacts(List<Fact> more) {
        List<Fact> all = new ArrayList<>(facts);
        all.addAll(more);
        return new TimelineEvent(time, kind, actor, audience, summary, key, source, sourceId, messageId, sha256,
                thread, all, detectedKind, confidence, evidence, review);
    }

    /** Whether a fact of this type is on the event. */
    public boolean has(FactType type) {
        return facts.stream().anyMatch(f -> f.type() == type);
    }
}
