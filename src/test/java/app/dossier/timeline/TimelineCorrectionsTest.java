package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.model.EventKind;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import app.dossier.store.CaseStores;
import app.dossier.testing.TestCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's decisions win over the classifier, survive rebuilding, and teach the case. */
class TimelineCorrectionsTest {
    @TempDir
    Path temp;

    private static String mail(String id, String date, String body) {
        return "From: Sven Oster <sven@example.org>\r\nTo: Jonas <jonas@example.org>\r\nSubject: Logs\r\n"
                + "Date: " + date + "\r\nMessage-ID: <" + id + "@example.org>\r\n\r\n" + body + "\r\n";
    }

    @Test
    void decisionsWinSurviveRebuildsAndApplyToTheSameSentence() throws Exception {
        Path mails = Files.createDirectories(temp.resolve("mails"));
        Files.writeString(mails.resolve("a.eml"), mail("a", "Mon, 2 Mar 2026 10:00:00 +0100",
                "Please check the firewall logs today."));
        Files.writeString(mails.resolve("b.eml"), mail("b", "Tue, 3 Mar 2026 10:00:00 +0100",
                "Hello again. Please check the firewall logs today."));
        CaseService cases = new CaseService(new CaseStores(Clock.systemUTC()));
        TimelineService timelines = new TimelineService(new Classifier(), Clock.systemUTC());
        try (OpenCase open = cases.create(temp.resolve("case"), "T", new char[0])) {
            TestCases.importPaths(open.store(), mails);
            List<TimelineEvent> before = timelines.build(open).events();
            assertThat(before).extracting(TimelineEvent::kind).containsExactly(EventKind.REQUEST, EventKind.REQUEST);

            timelines.changeKind(open, before.get(0), EventKind.WARNING);
            List<TimelineEvent> after = timelines.build(open).events();
            assertThat(after).extracting(TimelineEvent::kind).containsExactly(EventKind.WARNING, EventKind.WARNING);
            assertThat(after.get(0).has(FactType.KIND_SET_BY_YOU)).isTrue();
            assertThat(after.get(1).has(FactType.KIND_LEARNED)).as("the same sentence elsewhere follows").isTrue();

            timelines.hide(open, after.get(1));
            timelines.addManual(open, OffsetDateTime.parse("2026-03-02T16:30+01:00"), EventKind.NOTE, "Jonas",
                    "Phone call with Sven about the logs");
            List<TimelineEvent> rebuilt = timelines.build(open).events();
            assertThat(rebuilt).extracting(TimelineEvent::kind).containsExactly(EventKind.WARNING, EventKind.NOTE);
            assertThat(rebuilt.get(1).key()).isEqualTo("Phone call with Sven about the logs");
            Timeline withHidden = timelines.build(open);
            assertThat(withHidden.hidden()).as("hidden events are kept, to be shown again").hasSize(1);
            timelines.unhide(open, withHidden.hidden().get(0));
            assertThat(timelines.build(open).events()).extracting(TimelineEvent::kind)
                    .containsExactly(EventKind.WARNING, EventKind.NOTE, EventKind.WARNING);
            timelines.hide(open, withHidden.hidden().get(0));
            assertThat(timelines.build(open).events()).as("a rebuild changes nothing").isEqualTo(rebuilt);

            // A new time and text after a new kind: both decisions stay; a draft with the decisions
            // applied again is the same as a full build (the window re-applies, it does not re-read).
            TimelineService.Draft draft = timelines.draft(open, TimelineService.Progress.NONE);
            TimelineEvent first = rebuilt.get(0);
            timelines.edit(open, first, OffsetDateTime.parse("2026-03-02T09:15+01:00"), "Sven asked to check the logs");
            List<TimelineEvent> edited = timelines.withDecisions(open, draft).events();
            assertThat(edited).isEqualTo(timelines.build(open).events());
            TimelineEvent moved = edited.stream().filter(e -> e.sourceId() == first.sourceId()
                    && e.source() == app.dossier.model.EventSource.MESSAGE).findFirst().orElseThrow();
            assertThat(moved.kind()).isEqualTo(EventKind.WARNING);
            assertThat(moved.time()).isEqualTo(OffsetDateTime.parse("2026-03-02T09:15+01:00"));
            assertThat(moved.key()).isEqualTo("Sven asked to check the logs");
            assertThat(moved.has(FactType.KIND_SET_BY_YOU)).isTrue();

            // A decision about an event the classifier no longer finds (its cues changed) still wins:
            // the event comes back with the user's kind.
            new app.dossier.store.CorrectionRepository(open.store(), Clock.systemUTC()).save(
                    new app.dossier.model.EventCorrection(app.dossier.model.EventSource.MESSAGE, first.sourceId(), EventKind.THREAT, EventKind.BLAME,
                            null, null, false, "Sven threatened us"));
            List<TimelineEvent> revived = timelines.build(open).events();
            assertThat(revived).anySatisfy(e -> {
                assertThat(e.kind()).isEqualTo(EventKind.BLAME);
                assertThat(e.sourceId()).isEqualTo(first.sourceId());
                assertThat(e.key()).isEqualTo("Sven threatened us");
                assertThat(e.actor()).contains("sven@example.org");
                assertThat(e.facts()).contains(app.dossier.model.Fact.of(FactType.KIND_SET_BY_YOU, EventKind.THREAT));
            });
        }
        try (OpenCase reopened = cases.open(temp.resolve("case"), new char[0])) {
            assertThat(timelines.build(reopened).events()).extracting(TimelineEvent::kind)
                    .as("decisions are stored in the case")
                    .containsExactly(EventKind.WARNING, EventKind.BLAME, EventKind.NOTE);
        }
    }
}
