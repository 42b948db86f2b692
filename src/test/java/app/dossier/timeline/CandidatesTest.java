package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ChangeProof;
import app.dossier.model.EventKind;
import app.dossier.model.EventSource;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.Reason;
import app.dossier.model.Review;
import app.dossier.model.TimelineEvent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the timeline shows and what it only suggests (docs/decisions/0034), on events made for the test. */
class CandidatesTest {
    private static final String MODEL = Reason.of("reason.probability", "p:0.25");
    private static final String CUES = Reason.of("reason.cues", "kind:APPROVAL", "fine, do it");

    private static TimelineEvent event(long message, int hour, EventKind kind, double confidence, String reason,
                                       Review review, String actor, List<String> to, List<Fact> facts) {
        return new TimelineEvent(OffsetDateTime.parse("2026-03-01T08:00+01:00").plusHours(hour), kind, actor, to, "Portal",
                kind + " sentence " + message, EventSource.MESSAGE, message, "<m" + message + ">", "", "t", facts, null,
                confidence, List.of(reason), review);
    }

    @Test
    void anUnsureUnreviewedReadingOfTheModelAloneIsACandidate() {
        TimelineEvent unsure = event(1, 0, EventKind.BLAME, 0.25, MODEL, Review.UNREVIEWED, "a", List.of(), List.of());
        assertThat(Candidates.isUnsure(unsure)).isTrue();
        assertThat(Candidates.isUnsure(unsure.reviewed(Review.CONFIRMED, 1))).as("the user's word puts it on").isFalse();
        assertThat(Candidates.isUnsure(event(1, 0, EventKind.BLAME, Candidates.SHOWN_FROM, MODEL, Review.UNREVIEWED,
                "a", List.of(), List.of()))).as("from the threshold on it is shown").isFalse();
        assertThat(Candidates.isUnsure(event(1, 0, EventKind.APPROVAL, 0.25, CUES, Review.UNREVIEWED, "a", List.of(),
                List.of()))).as("a cue or a rule behind it: shown, however sure").isFalse();
        assertThat(Candidates.isUnsure(event(1, 0, EventKind.OTHER, 0.25, MODEL, Review.UNREVIEWED, "a", List.of(),
                List.of()))).as("a message shown for its facts claims no kind").isFalse();
    }

    @Test
    void aCandidateChangeStartsNoChainAndACandidateApprovalIsListedToCheck() {
        String doer = "Doer <doer@x.example>";
        String boss = "Boss <boss@x.example>";
        TimelineEvent request = event(1, 0, EventKind.REQUEST, 0.9, CUES, Review.UNREVIEWED, "Client <c@y.example>",
                List.of(doer), List.of());
        TimelineEvent approval = event(2, 1, EventKind.APPROVAL, 0.25, MODEL, Review.UNREVIEWED, boss, List.of(doer), List.of());
        TimelineEvent falseChange = event(3, 2, EventKind.CHANGE, 0.28, MODEL, Review.UNREVIEWED, doer, List.of(boss), List.of());
        TimelineEvent change = event(4, 3, EventKind.CHANGE, 0.95, CUES, Review.UNREVIEWED, doer, List.of(boss), List.of());
        List<TimelineEvent> events = List.of(request, approval, falseChange, change);
        Set<String> candidates = Candidates.of(events);
        Timeline timeline = Candidates.split(PaperTrail.check(events, e -> !candidates.contains(Candidates.key(e))), candidates);

        assertThat(timeline.events()).extracting(TimelineEvent::key).containsExactly(request.key(), change.key());
        assertThat(timeline.candidates()).extracting(TimelineEvent::key).containsExactly(approval.key(), falseChange.key());
        assertThat(timeline.chainOfProof()).extracting(ChangeProof::change).extracting(TimelineEvent::key)
                .as("the chain starts with the change that was made").containsExactly(change.key());
        List<FactType> said = timeline.chainOfProof().get(0).findings().stream().map(Fact::type).toList();
        assertThat(said).as("a candidate is a reading to check, so no gap is said").contains(FactType.APPROVAL_UNSURE)
                .doesNotContain(FactType.NO_APPROVAL);
    }

    @Test
    void aNotableMessageWithOnlyCandidatesStaysOnTheTimelineForItsFacts() {
        List<Fact> dropped = List.of(Fact.of(FactType.REPLIED_ONLY_TO, "Me <me@x.example>", 7));
        TimelineEvent threat = event(5, 0, EventKind.THREAT, 0.22, MODEL, Review.UNREVIEWED, "a", List.of(), dropped);
        List<TimelineEvent> other = Candidates.factsOnly(List.of(threat), List.of(), Candidates.of(List.of(threat)));
        assertThat(other).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.OTHER);
            assertThat(e.facts()).isEqualTo(dropped);
        });
        assertThat(Candidates.factsOnly(List.of(), List.of(threat.reviewed(Review.UNREVIEWED, 0.22)), java.util.Set.of()))
                .as("a dismissed candidate leaves the message's facts on the timeline").hasSize(1);
        TimelineEvent quiet = event(6, 0, EventKind.THREAT, 0.22, MODEL, Review.UNREVIEWED, "a", List.of(), List.of());
        assertThat(Candidates.factsOnly(List.of(quiet), List.of(), Candidates.of(List.of(quiet)))).isEmpty();
    }
}
