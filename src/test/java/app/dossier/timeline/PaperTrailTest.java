package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ChangeProof;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paper-trail check on small stories: each gap and each good sign said on its own. */
class PaperTrailTest {
    private static final String CLIENT = "Ann Client <ann@client.example>";
    private static final String DOER = "Dan Doer <dan@vendor.example>";
    private static final String BOSS = "Bea Boss <bea@vendor.example>";

    private static TimelineEvent event(String time, EventKind kind, String actor, List<String> audience, String key) {
        return new TimelineEvent(OffsetDateTime.parse(time), kind, actor, audience, "", key, "message", 1, "", "",
                "thread-1", List.of(), null);
    }

    private static List<FactType> findings(TimelineEvent... events) {
        List<ChangeProof> proofs = PaperTrail.check(List.of(events)).chainOfProof();
        assertThat(proofs).hasSize(1);
        return proofs.get(0).findings().stream().map(Fact::type).toList();
    }

    @Test
    void approvedBeforeWithWarningThatReachedTheRequesterAndEscalation() {
        List<FactType> found = findings(
                event("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please switch off 2FA."),
                event("2026-03-02T09:00+01:00", EventKind.WARNING, DOER, List.of(CLIENT, BOSS), "We advise against it."),
                event("2026-03-03T09:00+01:00", EventKind.APPROVAL, BOSS, List.of(DOER), "Go ahead."),
                event("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT, BOSS), "Applied at 19:42."));
        assertThat(found).containsExactly(FactType.REQUESTED, FactType.WARNING_REACHED, FactType.APPROVED_BEFORE,
                FactType.ESCALATED);
    }

    @Test
    void aWarningThatStayedInternalAndNoApprovalAreGaps() {
        List<FactType> found = findings(
                event("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please switch off 2FA."),
                event("2026-03-02T09:00+01:00", EventKind.WARNING, DOER, List.of(BOSS), "This is dangerous."),
                event("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Applied."));
        assertThat(found).containsExactly(FactType.REQUESTED, FactType.WARNING_NOT_REACHED, FactType.NO_APPROVAL,
                FactType.NOT_ESCALATED);
    }

    @Test
    void aPhoneApprovalConfirmedInWritingLaterIsToldApartFromALateApproval() {
        TimelineEvent request = event("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please do it.");
        TimelineEvent change = event("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Applied.");
        assertThat(findings(request, change, event("2026-03-04T09:00+01:00", EventKind.APPROVAL, BOSS, List.of(DOER),
                "As agreed on the phone yesterday, I approve the change.")))
                .contains(FactType.APPROVAL_CONFIRMED_LATER).doesNotContain(FactType.NO_APPROVAL);
        assertThat(findings(request, change, event("2026-03-04T09:00+01:00", EventKind.APPROVAL, BOSS, List.of(DOER),
                "Approved.")))
                .contains(FactType.APPROVAL_AFTER).doesNotContain(FactType.APPROVED_BEFORE);
    }

    @Test
    void anApprovalNotedByHandIsNotCalledWritten() {
        TimelineEvent call = new TimelineEvent(OffsetDateTime.parse("2026-03-02T16:30+01:00"), EventKind.APPROVAL, BOSS,
                List.of(), "", "Bea approved by phone", "manual", 7, "", "", "", List.of(), null);
        List<FactType> found = findings(
                event("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please do it."), call,
                event("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Applied."));
        assertThat(found).contains(FactType.APPROVAL_NOTED_BEFORE).doesNotContain(FactType.APPROVED_BEFORE);
    }

    @Test
    void unrelatedPeopleAndConversationsDoNotCount() {
        TimelineEvent elsewhere = new TimelineEvent(OffsetDateTime.parse("2026-03-02T09:00+01:00"), EventKind.APPROVAL,
                "Zed <zed@else.example>", List.of("Yan <yan@else.example>"), "", "Approved.", "message", 9, "", "",
                "thread-2", List.of(), null);
        List<TimelineEvent> events = new ArrayList<>(List.of(
                event("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please do it."), elsewhere,
                event("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Applied.")));
        assertThat(findings(events.toArray(TimelineEvent[]::new))).contains(FactType.NO_APPROVAL);
    }

    @Test
    void aChangeWithoutAnyRequestSaysSo() {
        assertThat(findings(event("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Applied.")))
                .contains(FactType.NO_REQUEST, FactType.NO_APPROVAL);
    }
}
