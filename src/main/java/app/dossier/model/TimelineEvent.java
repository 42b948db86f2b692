package app.dossier.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One dated thing on the timeline: what kind, who did it, to whom, the sentence that shows it,
 * where it comes from (message or note, with Message-ID and the original's SHA-256) and the facts
 * derived about it.
 */
public record TimelineEvent(OffsetDateTime time, EventKind kind, String actor, List<String> audience, String summary,
                            String key, String sourceType, long sourceId, String messageId, String sha256,
                            List<String> facts) {
    public TimelineEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(kind, "kind");
        audience = List.copyOf(audience);
        facts = List.copyOf(facts);
        actor = actor == null ? "" : actor;
        summary = summary == null ? "" : summary;
        key = key == null ? "" : key;
        messageId = messageId == null ? "" : messageId;
        sha256 = sha256 == null ? "" : sha256;
    }

    public TimelineEvent withFacts(List<String> more) {
        List<String> all = new java.util.ArrayList<>(facts);
        all.addAll(more);
        return new TimelineEvent(time, kind, actor, audience, summary, key, sourceType, sourceId, messageId, sha256, all);
    }
}
