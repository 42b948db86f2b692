package app.dossier.timeline;

import app.dossier.classify.Classification;
import app.dossier.classify.Classifier;
import app.dossier.classify.OwnText;
import app.dossier.model.Address;
import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import app.dossier.store.CaseStore;
import app.dossier.store.TimelineSource;
import app.dossier.store.TimelineSource.MessageRow;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the timeline of a case: an event per label a message carries (dated by the time the
 * author states for a change, else by the Date header), a NOTE per note, a MEETING per
 * invitation, with derived facts and the paper-trail check of every change.
 */
public final class TimelineService {
    private static final Pattern INVITATION = Pattern.compile("(?i)^(invitation|einladung)\\b|\\b(video ?conference|"
            + "videokonferenz|lade (Sie|dich|euch) .{0,40}ein|inviting you)\\b");

    private final Classifier classifier;
    private final java.time.Clock clock;

    public TimelineService(Classifier classifier, java.time.Clock clock) {
        this.classifier = classifier;
        this.clock = clock;
    }

    /** The user changes an event's kind; the decision is kept and wins over every rebuild. */
    public void changeKind(app.dossier.cases.OpenCase open, TimelineEvent event, EventKind newKind) {
        new app.dossier.store.CorrectionRepository(open.store(), clock).save(new app.dossier.model.EventCorrection(
                event.sourceType(), event.sourceId(), event.detectedKind(), newKind, null, null, false, event.key()));
    }

    /** The user hides an event (it stays in the case, only off the timeline). */
    public void hide(app.dossier.cases.OpenCase open, TimelineEvent event) {
        new app.dossier.store.CorrectionRepository(open.store(), clock).save(new app.dossier.model.EventCorrection(
                event.sourceType(), event.sourceId(), event.detectedKind(), null, null, null, true, event.key()));
    }

    /** The user adds an event by hand, e.g. a phone call or "config change applied 19:42". */
    public void addManual(app.dossier.cases.OpenCase open, OffsetDateTime when, EventKind kind, String actor,
                          String text) {
        new app.dossier.store.CorrectionRepository(open.store(), clock).addManual(when, kind, actor, text);
    }

    /** The timeline of an open case (the form the window uses). */
    public Timeline build(app.dossier.cases.OpenCase open) {
        return build(open.store());
    }

    public Timeline build(CaseStore store) {
        TimelineSource source = new TimelineSource(store);
        List<MessageRow> messages = source.messages();
        Map<String, MessageRow> byMessageId = new HashMap<>();
        messages.forEach(m -> byMessageId.putIfAbsent(m.messageId(), m));
        // Classifying is the expensive part and each message stands alone: use every core.
        List<TimelineEvent> events = new ArrayList<>(messages.parallelStream()
                .flatMap(m -> eventsOf(m, byMessageId).stream())
                .toList());
        for (TimelineSource.NoteRow n : source.notes()) {
            events.add(new TimelineEvent(n.occurredAt(), EventKind.NOTE, "", List.of(n.participants()), n.title(),
                    n.title(), "note", n.id(), "", n.sha256(), List.of(), null));
        }
        app.dossier.store.CorrectionRepository corrections = new app.dossier.store.CorrectionRepository(store, clock);
        List<TimelineEvent> decided = Corrections.apply(events, corrections.all());
        decided.addAll(corrections.manualEvents());
        decided.sort(Comparator.comparing(TimelineEvent::time).thenComparing(e -> e.kind().ordinal()));
        return PaperTrail.check(decided);
    }

    private List<TimelineEvent> eventsOf(MessageRow m, Map<String, MessageRow> byMessageId) {
        List<TimelineEvent> events = new ArrayList<>();
        if (m.sentAt() == null) {
            return events;
        }
        String own = OwnText.of(m.text());
        Classification c = classifier.classify("auto", m.subject(), m.text());
        List<String> facts = MessageFacts.of(m, m.inReplyTo().isEmpty() ? null : byMessageId.get(m.inReplyTo()), own);
        List<String> audience = new ArrayList<>();
        m.to().forEach(a -> audience.add(a.display()));
        m.cc().forEach(a -> audience.add(a.display()));
        if (INVITATION.matcher(m.subject()).find() || INVITATION.matcher(own).find()) {
            events.add(event(m, EventKind.MEETING, m.sentAt(), c.keySentence(), audience, facts));
        }
        for (EventKind kind : c.labels()) {
            if (kind == EventKind.OTHER) {
                continue;
            }
            String key = c.evidence().stream().filter(e -> e.label() == kind)
                    .max(Comparator.comparingDouble(Classification.Evidence::score))
                    .map(Classification.Evidence::sentence).orElse(c.keySentence());
            OffsetDateTime when = kind == EventKind.CHANGE ? StatedTime.in(key, m.sentAt()).orElse(m.sentAt())
                    : m.sentAt();
            events.add(event(m, kind, when, key, audience, facts));
        }
        return events;
    }

    private static TimelineEvent event(MessageRow m, EventKind kind, OffsetDateTime when, String key,
                                       List<String> audience, List<String> facts) {
        return new TimelineEvent(when, kind, display(m.from()), audience, m.subject(), key, "message", m.id(),
                m.messageId(), m.sha256(), facts, null);
    }

    private static String display(Address a) {
        return a.display().isEmpty() ? "(unknown sender)" : a.display();
    }
}
