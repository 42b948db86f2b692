package app.dossier.timeline;

import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.model.Address;
import app.dossier.model.EventCorrection;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.MessageAnalysis;
import app.dossier.model.Review;
import app.dossier.model.TimelineEvent;
import app.dossier.store.CaseStore;
import app.dossier.store.CorrectionRepository;
import app.dossier.store.TimelineSource;
import app.dossier.store.TimelineSource.MessageRow;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the timeline of a case: an event per label a message carries (a change dated by the time
 * its author states, everything else by the Date header), a NOTE per note, a MEETING per
 * invitation, the events added by hand, each in its conversation and with its derived facts, the
 * user's decisions applied, and the paper-trail check of every change.
 *
 * <p>Each message is read once and what was found is stored in the case ({@link MessageAnalysis});
 * later builds read only messages that are new or were read by an older classifier.
 */
public final class TimelineService {
    /** An invitation is recognised by its subject and wording: likely, to be confirmed. */
    private static final double INVITATION_CONFIDENCE = 0.8;
    /** A message on the timeline for its facts alone: what kind of event it is, nobody knows yet. */
    static final double NOTABLE_CONFIDENCE = 0.5;

    private final Classifier classifier;
    private final AnalysisReading reading;
    private final NoteEvents noteEvents;
    private final Clock clock;

    public TimelineService(Classifier classifier, Clock clock) {
        this.classifier = classifier;
        this.reading = new AnalysisReading(new MessageReader(classifier));
        this.noteEvents = new NoteEvents(classifier);
        this.clock = clock;
    }

    /** Told how many messages are read so far while a build reads new ones; may ask the build to stop. */
    @FunctionalInterface
    public interface Progress {
        void messagesRead(long done, long total);

        /** Checked between chunks: a stopped build keeps what it read and is not shown. */
        default boolean cancelled() {
            return false;
        }

        /**
         * Called before each message is read (from every reading thread) and around the chunk's
         * database work: the window's case session holds the build here while a read the user
         * waits for runs ({@link app.dossier.cases.JobContext#yieldToQuickWork()}).
         */
        default void pause() {
        }

        Progress NONE = (done, total) -> { };
    }

    /** The user changes an event's kind; the decision is kept and wins over every rebuild. */
    public void changeKind(OpenCase open, TimelineEvent event, EventKind newKind) {
        decide(open, event, newKind, null, null, false);
    }

    /**
     * The user confirms an event's kind as read: it is marked confirmed, facts resting on it are no
     * longer called unreviewed, and similar sentences of the case read as the same kind become likelier.
     */
    public void confirm(OpenCase open, TimelineEvent event) {
        new CorrectionRepository(open.store(), clock).save(new EventCorrection(event.source(), event.sourceId(),
                event.detectedKind(), null, null, null, false, event.key(), true));
    }

    /** The user hides an event (it stays in the case, only off the timeline). */
    public void hide(OpenCase open, TimelineEvent event) {
        decide(open, event, null, null, null, true);
    }

    /** The user shows a hidden event again. */
    public void unhide(OpenCase open, TimelineEvent event) {
        decide(open, event, null, null, null, false);
    }

    /** The user sets an event's time and key text (a later decision on the same event keeps earlier ones). */
    public void edit(OpenCase open, TimelineEvent event, OffsetDateTime newTime, String newText) {
        decide(open, event, null, newTime, newText, false);
    }

    /** The user adds an event by hand, e.g. a phone call or "config change applied 19:42". */
    public void addManual(OpenCase open, OffsetDateTime when, EventKind kind, String actor, String text) {
        new CorrectionRepository(open.store(), clock).addManual(when, kind, actor, text);
    }

    private void decide(OpenCase open, TimelineEvent event, EventKind kind, OffsetDateTime time, String text,
                        boolean hidden) {
        new CorrectionRepository(open.store(), clock).save(new EventCorrection(event.source(), event.sourceId(),
                event.detectedKind(), kind, time, text, hidden, event.key()));
    }

    /** The timeline of an open case. */
    public Timeline build(OpenCase open) {
        return build(open.store(), Progress.NONE);
    }


    public Timeline build(CaseStore store) {
        return build(store, Progress.NONE);
    }

    public Timeline build(CaseStore store, Progress progress) {
        return withDecisions(store, draft(store, progress));
    }

    /**
     * The events as the messages and notes give them, before the user's decisions: the expensive
     * part of a build, kept by the window so a decision does not read the case again.
     */
    public record Draft(List<TimelineEvent> events, Map<String, TimelineEvent> anchors) {
        public Draft {
            events = List.copyOf(events);
            anchors = Map.copyOf(anchors);
        }
    }

    /** Reads the case into a draft (messages not read before are read now, see the class comment). */
    public Draft draft(OpenCase open, Progress progress) {
        return draft(open.store(), progress);
    }

    /** The timeline from a draft with the user's current decisions and hand-added events: quick. */
    public Timeline withDecisions(OpenCase open, Draft draft) {
        return withDecisions(open.store(), draft);
    }

    private Timeline withDecisions(CaseStore store, Draft draft) {
        CorrectionRepository corrections = new CorrectionRepository(store, clock);
        List<TimelineEvent> events = new ArrayList<>(draft.events());
        events.addAll(corrections.manualEvents());
        List<TimelineEvent> hidden = new ArrayList<>();
        List<TimelineEvent> decided = Corrections.apply(events, corrections.all(), draft.anchors(), hidden,
                () -> vocabulary(draft));
        java.util.Set<String> candidates = Candidates.of(decided);
        decided.addAll(Candidates.factsOnly(decided, hidden, candidates));
        decided.sort(Comparator.comparing(TimelineEvent::time).thenComparing(e -> e.kind().ordinal()));
        // Candidates still weigh in the chain of proof as readings to check; a candidate change starts none.
        return Candidates.split(PaperTrail.check(decided, e -> !candidates.contains(Candidates.key(e))), candidates)
                .withHidden(hidden);
    }

    /** The case's words of the last draft: a decision in the window applies all decisions to the same draft again. */
    private final java.util.concurrent.atomic.AtomicReference<Map.Entry<Draft, CaseLearning.Vocabulary>> words =
            new java.util.concurrent.atomic.AtomicReference<>();

    private CaseLearning.Vocabulary vocabulary(Draft draft) {
        Map.Entry<Draft, CaseLearning.Vocabulary> last = words.get();
        if (last != null && last.getKey() == draft) {
            return last.getValue();
        }
        CaseLearning.Vocabulary made = Corrections.vocabulary(draft.events());
        words.set(Map.entry(draft, made));
        return made;
    }

    private Draft draft(CaseStore store, Progress progress) {
        TimelineSource source = new TimelineSource(store);
        List<MessageRow> messages = source.messages();
        // The conversations need no analysis: found beside the reading, not after it.
        java.util.concurrent.CompletableFuture<Map<Long, String>> conversations =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> Threads.of(messages));
        Map<Long, MessageAnalysis> analyses = reading.analyses(store, source, messages, progress);
        Map<String, MessageRow> byMessageId = new HashMap<>();
        messages.forEach(m -> byMessageId.putIfAbsent(m.messageId(), m));
        Map<Long, String> threads = joined(conversations);
        // Each message's events depend on that message alone: made on every core, kept in message order.
        List<TimelineEvent> events = new ArrayList<>();
        messages.parallelStream().map(m -> {
            MessageAnalysis a = analyses.get(m.id());
            return a != null && m.sentAt() != null ? eventsOf(m, a, byMessageId, threads.getOrDefault(m.id(), ""))
                    : List.<TimelineEvent>of();
        }).toList().forEach(events::addAll);
        Map<String, String> knownPeople = new HashMap<>();
        for (MessageRow m : messages) {
            known(m.from(), knownPeople);
            m.to().forEach(a -> known(a, knownPeople));
            m.cc().forEach(a -> known(a, knownPeople));
        }
        for (TimelineSource.NoteRow n : source.notes()) {
            events.addAll(noteEvents.of(n, knownPeople));
        }
        // Every source with events, and every message a stored decision names, can carry a decision.
        Map<String, TimelineEvent> anchors = new HashMap<>();
        events.forEach(e -> anchors.putIfAbsent(Corrections.source(e.source(), e.sourceId()), e));
        java.util.Set<Long> decided = new java.util.HashSet<>();
        new CorrectionRepository(store, clock).all().stream().filter(c -> c.source() == app.dossier.model.EventSource.MESSAGE)
                .forEach(c -> decided.add(c.sourceId()));
        for (MessageRow m : messages) {
            String key = Corrections.source(app.dossier.model.EventSource.MESSAGE, m.id());
            if (decided.contains(m.id()) && !anchors.containsKey(key) && m.sentAt() != null) {
                MessageAnalysis a = analyses.get(m.id());
                anchors.put(key, event(m, EventKind.OTHER, m.sentAt(), "", audience(m), threads.getOrDefault(m.id(), ""),
                        a == null ? List.of() : MessageFacts.of(m, m.inReplyTo().isEmpty() ? null
                                : byMessageId.get(m.inReplyTo()), a), NOTABLE_CONFIDENCE, List.of()));
            }
        }
        return new Draft(events, anchors);
    }

    /** The result of work done beside the build; its failure is the build's, as if the build had done it. */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw app.dossier.cases.HelperFailure.of(e);
        }
    }

    private static List<TimelineEvent> eventsOf(MessageRow m, MessageAnalysis a, Map<String, MessageRow> byMessageId,
                                                String thread) {
        List<TimelineEvent> events = new ArrayList<>();
        MessageRow parent = m.inReplyTo().isEmpty() ? null : byMessageId.get(m.inReplyTo());
        List<Fact> facts = MessageFacts.of(m, parent, a);
        List<String> audience = audience(m);
        if (a.invitation()) {
            events.add(event(m, EventKind.MEETING, m.sentAt(), a.keySentence(), audience, thread, facts,
                    INVITATION_CONFIDENCE, List.of()));
        }
        List<MessageAnalysis.Finding> findings = EventRules.adjust(a.findings(),
                facts.stream().anyMatch(f -> f.type() == FactType.FORWARDED));
        for (EventKind kind : EventKind.values()) {
            Optional<MessageAnalysis.Finding> best = EventRules.best(findings, kind, m.sentAt());
            if (best.isEmpty()) {
                continue;
            }
            String key = best.get().sentence();
            OffsetDateTime when = m.sentAt();
            List<Fact> eventFacts = facts;
            if (kind == EventKind.CHANGE) {
                Optional<OffsetDateTime> stated = StatedTime.in(key, m.sentAt());
                if (stated.isPresent() && !stated.get().equals(m.sentAt())) {
                    when = stated.get();
                    eventFacts = new ArrayList<>(facts);
                    eventFacts.add(Fact.of(FactType.TIME_FROM_TEXT, when));
                }
            }
            events.add(event(m, kind, when, key, audience, thread, eventFacts, Confidence.of(best.get().score()),
                    best.get().reasons()));
        }
        if (events.isEmpty() && EventRules.notable(facts, m.sentAt())) {
            // Nothing labelled, but the headers say something happened (someone dropped from copy,
            // shouting, a mail at 23:40): on the timeline as what it is, for the user to judge.
            events.add(event(m, EventKind.OTHER, m.sentAt(), a.keySentence(), audience, thread, facts,
                    NOTABLE_CONFIDENCE, List.of()));
        }
        return events;
    }

    private static void known(Address a, Map<String, String> knownPeople) {
        if (!a.name().isBlank() && !a.normalizedEmail().isEmpty()) {
            knownPeople.putIfAbsent(a.name().strip().toLowerCase(java.util.Locale.ROOT), a.display());
        }
    }

    private static List<String> audience(MessageRow m) {
        List<String> audience = new ArrayList<>();
        m.to().forEach(x -> audience.add(x.display()));
        m.cc().forEach(x -> audience.add(x.display()));
        return audience;
    }

    private static TimelineEvent event(MessageRow m, EventKind kind, OffsetDateTime when, String key,
                                       List<String> audience, String thread, List<Fact> facts, double confidence,
                                       List<String> evidence) {
        return new TimelineEvent(when, kind, display(m.from()), audience, m.subject(), key, app.dossier.model.EventSource.MESSAGE, m.id(),
                m.messageId(), m.sha256(), thread, facts, null, confidence, evidence, Review.UNREVIEWED);
    }

    private static String display(Address a) {
        return a.display();
    }
}
