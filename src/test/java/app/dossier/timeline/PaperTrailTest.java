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

    /** An event of a message with its own subject and thread. */
    private static TimelineEvent inThread(String time, EventKind kind, String actor, List<String> audience,
                                          String subject, String thread, String key) {
        return new TimelineEvent(OffsetDateTime.parse(time), kind, actor, audience, subject, key,
                app.dossier.model.EventSource.MESSAGE, OffsetDateTime.parse(time).toEpochSecond(), "", "", thread,
                List.of(), null);
    }

    @Test
    void theMailReportingAChangeUnderItsOwnSubjectStillAnswersTheRequestOfTheSameThing() {
        List<FactType> found = findings(
                inThread("2026-10-06T09:12+01:00", EventKind.REQUEST, CLIENT, List.of(DOER),
                        "U&E autoverification - haemolysis and delta holds", "t-1", "Could you switch off the holds?"),
                inThread("2026-10-26T19:58Z", EventKind.CHANGE, DOER, List.of(CLIENT),
                        "HX-CHG-4471 completed: U&E haemolysis-index and delta-check holds disabled", "t-2",
                        "I switched off both holds today at 19:40."));
        assertThat(found).startsWith(FactType.REQUESTED);
        // Another matter between the same people is not this change's request, but it is offered to
        // check rather than "no written request" being said.
        assertThat(findings(
                inThread("2026-10-06T09:12+01:00", EventKind.REQUEST, CLIENT, List.of(DOER),
                        "Invoice for September", "t-1", "Please send the invoice again."),
                inThread("2026-10-26T19:58Z", EventKind.CHANGE, DOER, List.of(CLIENT),
                        "HX-CHG-4471 completed: U&E haemolysis-index and delta-check holds disabled", "t-2",
                        "I switched off both holds today at 19:40.")))
                .startsWith(FactType.REQUEST_UNSURE);
        // Nobody of the change's people asked for anything: that is a gap.
        assertThat(findings(
                inThread("2026-10-06T09:12+01:00", EventKind.REQUEST, BOSS, List.of("Eve Else <eve@else.example>"),
                        "Invoice for September", "t-1", "Please send the invoice again."),
                inThread("2026-10-26T19:58Z", EventKind.CHANGE, DOER, List.of(CLIENT),
                        "HX-CHG-4471 completed: U&E haemolysis-index and delta-check holds disabled", "t-2",
                        "I switched off both holds today at 19:40.")))
                .startsWith(FactType.NO_REQUEST);
    }

    private static TimelineEvent event(String time, EventKind kind, String actor, List<String> audience, String key) {
        // One message per event: its number from its time.
        return new TimelineEvent(OffsetDateTime.parse(time), kind, actor, audience, "", key, app.dossier.model.EventSource.MESSAGE,
                OffsetDateTime.parse(time).toEpochSecond(), "", "", "thread-1", List.of(), null);
    }

    private static List<Fact> facts(TimelineEvent... events) {
        List<ChangeProof> proofs = PaperTrail.check(List.of(events)).chainOfProof();
        assertThat(proofs).hasSize(1);
        return proofs.get(0).findings();
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
    void aWarningToTheRequestersColleagueIsNoGapButToCheck() {
        String colleague = "Cal Colleague <cal@client.example>";
        List<Fact> found = facts(
                event("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please switch off 2FA."),
                event("2026-03-02T09:00+01:00", EventKind.WARNING, DOER, List.of(colleague), "This is dangerous."),
                event("2026-03-02T10:00+01:00", EventKind.WARNING, colleague, List.of(DOER), "We see the risk too."),
                event("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Applied."));
        assertThat(found).extracting(Fact::type).as("not plainly away from the requester's side")
                .doesNotContain(FactType.WARNING_NOT_REACHED).contains(FactType.WARNING_REACH_UNSURE);
        Fact unsure = found.stream().filter(f -> f.type() == FactType.WARNING_REACH_UNSURE).findFirst().orElseThrow();
        assertThat(unsure.isUnsure()).isTrue();
        assertThat((List<?>) unsure.args().get(0)).hasSize(2);
        assertThat(unsure.args().get(1)).isEqualTo(CLIENT);
        // A warning that stayed with the doer's own people is still the gap it is.
        assertThat(facts(
                event("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please switch off 2FA."),
                event("2026-03-02T09:00+01:00", EventKind.WARNING, DOER, List.of(BOSS), "This is dangerous."),
                event("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Applied.")))
                .extracting(Fact::type).contains(FactType.WARNING_NOT_REACHED).doesNotContain(FactType.WARNING_REACH_UNSURE);
    }

    @Test
    void aWarningToTheRequestersNameAtAnotherAddressReachedThem() {
        List<FactType> found = findings(
                event("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please switch off 2FA."),
                event("2026-03-02T09:00+01:00", EventKind.WARNING, DOER, List.of("Ann Client <ann.client@gmail.example>"),
                        "This is dangerous."),
                event("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Applied."));
        assertThat(found).contains(FactType.WARNING_REACHED).doesNotContain(FactType.WARNING_NOT_REACHED);
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
                List.of(), "", "Bea approved by phone", app.dossier.model.EventSource.MANUAL, 7, "", "", "", List.of(), null);
        List<FactType> found = findings(
                event("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please do it."), call,
                event("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Applied."));
        assertThat(found).contains(FactType.APPROVAL_NOTED_BEFORE).doesNotContain(FactType.APPROVED_BEFORE);
    }

    @Test
    void aConfirmationOfAPhoneApprovalReadAsAWarningIsStillLinkedToTheCall() {
        TimelineEvent call = new TimelineEvent(OffsetDateTime.parse("2026-03-02T16:30+01:00"), EventKind.APPROVAL, BOSS,
                List.of(DOER, BOSS), "Call with Bea", "Bea: fine, go ahead.", app.dossier.model.EventSource.NOTE, 7, "", "", "",
                List.of(), null);
        TimelineEvent request = event("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please do it.");
        TimelineEvent change = event("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Applied.");
        TimelineEvent confirmation = event("2026-03-06T09:00+01:00", EventKind.WARNING, BOSS, List.of(DOER),
                "As agreed on our call: we instruct you to do it and accept the risk.");
        Timeline checked = PaperTrail.check(List.of(request, call, change, confirmation));
        assertThat(checked.chainOfProof().get(0).findings()).extracting(Fact::type)
                .contains(FactType.APPROVAL_NOTED_BEFORE, FactType.APPROVAL_CONFIRMS_NOTED);
        assertThat(checked.events().get(3).has(FactType.CONFIRMS_ORAL_APPROVAL)).isTrue();
        // Someone else's mail about a call, or the approver's mail that does not refer to the call, confirms nothing.
        assertThat(findings(request, call, change, event("2026-03-06T09:00+01:00", EventKind.WARNING, CLIENT, List.of(DOER),
                "As agreed on our call, the risk is yours."))).doesNotContain(FactType.APPROVAL_CONFIRMS_NOTED);
        assertThat(findings(request, call, change, event("2026-03-06T09:00+01:00", EventKind.WARNING, BOSS, List.of(DOER),
                "This is a risk."))).doesNotContain(FactType.APPROVAL_CONFIRMS_NOTED);
    }

    @Test
    void unrelatedPeopleAndConversationsDoNotCount() {
        TimelineEvent elsewhere = new TimelineEvent(OffsetDateTime.parse("2026-03-02T09:00+01:00"), EventKind.APPROVAL,
                "Zed <zed@else.example>", List.of("Yan <yan@else.example>"), "", "Approved.", app.dossier.model.EventSource.MESSAGE, 9, "", "",
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

    private static TimelineEvent read(String time, EventKind kind, String actor, List<String> audience, String key,
                                      double confidence, app.dossier.model.Review review) {
        return new TimelineEvent(OffsetDateTime.parse(time), kind, actor, audience, "", key, app.dossier.model.EventSource.MESSAGE, 1, "", "",
                "thread-1", List.of(), null, confidence, List.of("a cue"), review);
    }

    @Test
    void anUnsureApprovalIsACandidateToCheckNotAGap() {
        List<ChangeProof> proofs = PaperTrail.check(List.of(
                read("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please do it.", 0.9,
                        app.dossier.model.Review.CONFIRMED),
                read("2026-03-02T09:00+01:00", EventKind.APPROVAL, BOSS, List.of(DOER), "Fine, do it then.", 0.45,
                        app.dossier.model.Review.UNREVIEWED),
                read("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Applied.", 0.9,
                        app.dossier.model.Review.CONFIRMED))).chainOfProof();
        List<Fact> findings = proofs.get(0).findings();
        assertThat(findings).extracting(Fact::type).contains(FactType.APPROVAL_UNSURE)
                .doesNotContain(FactType.NO_APPROVAL, FactType.APPROVED_BEFORE);
        Fact unsure = findings.stream().filter(f -> f.type() == FactType.APPROVAL_UNSURE).findFirst().orElseThrow();
        assertThat(unsure.isGap()).isFalse();
        assertThat(unsure.isUnsure()).isTrue();
        String said = new app.dossier.i18n.FactTexts(new app.dossier.i18n.Messages(java.util.Locale.ENGLISH)).text(unsure);
        assertThat(said).startsWith("no written approval found for sure before this change \u2014 check these: "
                + "Bea Boss <bea@vendor.example> on Mar 2, 2026").contains("(read as Approval, 45 % sure)");
        assertThat(new app.dossier.i18n.FactTexts(new app.dossier.i18n.Messages(java.util.Locale.GERMAN)).text(unsure))
                .startsWith("keine schriftliche Freigabe vor dieser Änderung sicher gefunden").contains("zu 45 % sicher");
        assertThat(findings.get(0).type()).isEqualTo(FactType.REQUESTED);
        assertThat(findings.get(0).unreviewed()).as("the request was confirmed").isFalse();
    }

    @Test
    void factsOnUnreviewedReadingsSaySoAndAnUnsureRequestIsNoGap() {
        List<Fact> findings = PaperTrail.check(List.of(
                read("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Maybe switch it off?", 0.4,
                        app.dossier.model.Review.UNREVIEWED),
                read("2026-03-02T09:00+01:00", EventKind.APPROVAL, BOSS, List.of(DOER), "Approved.", 0.8,
                        app.dossier.model.Review.UNREVIEWED),
                read("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Applied.", 0.9,
                        app.dossier.model.Review.UNREVIEWED))).chainOfProof().get(0).findings();
        assertThat(findings).extracting(Fact::type).startsWith(FactType.REQUEST_UNSURE).contains(FactType.APPROVED_BEFORE)
                .doesNotContain(FactType.NO_REQUEST);
        Fact approved = findings.stream().filter(f -> f.type() == FactType.APPROVED_BEFORE).findFirst().orElseThrow();
        assertThat(approved.unreviewed()).isTrue();
        assertThat(new app.dossier.i18n.FactTexts(new app.dossier.i18n.Messages(java.util.Locale.ENGLISH)).text(approved))
                .endsWith("(rests on readings nobody has reviewed yet: check them)");
    }

    @Test
    void informingSomeoneElseAfterTheChangeIsNoApproval() {
        List<FactType> found = findings(
                event("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please do it."),
                event("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Applied."),
                event("2026-03-04T09:00+01:00", EventKind.APPROVAL, CLIENT, List.of("Cid Chief <cid@client.example>"),
                        "FYI: done as we agreed."),
                event("2026-03-04T10:00+01:00", EventKind.OTHER, DOER, List.of(BOSS), "FYI, see below."));
        assertThat(found).containsExactly(FactType.REQUESTED, FactType.NO_APPROVAL, FactType.NOT_ESCALATED,
                FactType.INFORMED_AFTER);
    }

    @Test
    void aWrittenApprovalAfterAPhoneApprovalIsLinkedToIt() {
        TimelineEvent call = new TimelineEvent(OffsetDateTime.parse("2026-03-02T16:30+01:00"), EventKind.APPROVAL, BOSS,
                List.of(), "Call with Bea", "Bea approved by phone", app.dossier.model.EventSource.NOTE, 7, "", "", "", List.of(), null);
        TimelineEvent confirmation = event("2026-03-05T09:00+01:00", EventKind.APPROVAL, BOSS, List.of(DOER),
                "I confirm my approval.");
        Timeline timeline = PaperTrail.check(List.of(
                event("2026-03-01T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please do it."), call,
                event("2026-03-03T19:42+01:00", EventKind.CHANGE, DOER, List.of(CLIENT, BOSS), "Applied."),
                confirmation));
        assertThat(timeline.chainOfProof().get(0).findings()).extracting(Fact::type).containsExactly(
                FactType.REQUESTED, FactType.APPROVAL_NOTED_BEFORE, FactType.APPROVAL_CONFIRMS_NOTED, FactType.ESCALATED);
        TimelineEvent linked = timeline.events().get(timeline.events().size() - 1);
        assertThat(linked.facts()).contains(Fact.of(FactType.CONFIRMS_ORAL_APPROVAL, call.time(), "Call with Bea"));
        assertThat(new app.dossier.i18n.FactTexts(new app.dossier.i18n.Messages(java.util.Locale.ENGLISH))
                .text(linked.facts().get(0))).startsWith("confirms the approval given by phone or in person on Mar 2, 2026");
    }

    @Test
    void anApprovalReadAsAWarningIsToCheckBeforeAGapIsSaid() {
        String head = "Dr. Martin Salo <martin.salo@client.example>";
        java.util.function.Function<app.dossier.model.Review, List<FactType>> trail = review -> PaperTrail.check(List.of(
                read("2026-05-04T09:00+01:00", EventKind.REQUEST, CLIENT, List.of(DOER), "Please remove the allowlist.",
                        0.9, app.dossier.model.Review.CONFIRMED),
                read("2026-05-07T16:00+01:00", EventKind.WARNING, head, List.of(DOER, CLIENT),
                        "We accept the risks you describe for the campaign.", 0.8, review),
                read("2026-05-12T18:20+01:00", EventKind.CHANGE, DOER, List.of(CLIENT), "Removed at 18:20.", 0.9,
                        app.dossier.model.Review.CONFIRMED))).chainOfProof().get(0).findings().stream()
                .map(Fact::type).toList();
        assertThat(trail.apply(app.dossier.model.Review.UNREVIEWED)).as("the management's mail is listed to check")
                .contains(FactType.APPROVAL_UNSURE).doesNotContain(FactType.NO_APPROVAL);
        assertThat(trail.apply(app.dossier.model.Review.CONFIRMED)).as("once the user says it is a warning, the gap is a fact")
                .contains(FactType.NO_APPROVAL).doesNotContain(FactType.APPROVAL_UNSURE);
    }
}
