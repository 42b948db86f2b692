package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.classify.Classifier;
import app.dossier.i18n.FactTexts;
import app.dossier.i18n.Messages;
import app.dossier.model.EventKind;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import app.dossier.store.CaseStore;
import app.dossier.testing.SharedData;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference story end to end: the threat, the approved change, the warnings that reached the requester. */
class ScenarioTimelineTest {
    private static final FactTexts ENGLISH = new FactTexts(new Messages(Locale.ENGLISH));

    @TempDir
    Path temp;

    private static List<String> texts(TimelineEvent event) {
        return event.facts().stream().map(ENGLISH::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void theStoryIsOnTheTimeline(String lang) {
        try (CaseStore store = TestCases.create(temp.resolve("case"))) {
            TestCases.importPaths(store, SharedData.scenario().resolve(lang));
            Timeline timeline = new TimelineService(new Classifier(), java.time.Clock.systemUTC()).build(store);
            List<TimelineEvent> events = timeline.events();

            TimelineEvent threat = events.stream()
                    .filter(e -> e.kind() == EventKind.THREAT && e.time().equals(OffsetDateTime.parse("2026-03-09T07:58:12+01:00")))
                    .findFirst().orElseThrow(() -> new AssertionError("the threat of 9 March is on the timeline"));
            assertThat(texts(threat)).anySatisfy(f -> assertThat(f).startsWith("replied only to").contains("7 people removed"));
            assertThat(texts(threat)).anySatisfy(f -> assertThat(f).startsWith("shouting"));
            assertThat(new FactTexts(new Messages(Locale.GERMAN)).text(threat.facts().get(0)))
                    .as("facts are said in German too").startsWith("Antwort nur an").contains("7 Personen aus der Kopie entfernt");

            TimelineEvent change = events.stream().filter(e -> e.kind() == EventKind.CHANGE
                    && e.time().equals(OffsetDateTime.parse("2026-03-10T19:42:00+01:00")))
                    .findFirst().orElseThrow(() -> new AssertionError("the change at 19:42, the time stated in the mail"));
            assertThat(texts(change)).anySatisfy(f -> assertThat(f).startsWith("approved in writing by Miriam Vogt")
                    .contains("before the change").as("nobody has reviewed the approval yet")
                    .endsWith("(rests on readings nobody has reviewed yet: check them)"));
            assertThat(texts(change)).anySatisfy(f -> assertThat(f).contains("warning of Mar 5, 2026")
                    .contains(" reached the requester"));
            assertThat(texts(change)).as("every warning of the team lead reached the requester")
                    .noneMatch(f -> f.contains("Jonas Becker") && f.contains("did not reach"));
            assertThat(texts(change)).anySatisfy(f -> assertThat(f).startsWith("escalated before acting: Miriam Vogt"));
            assertThat(change.has(FactType.TIME_FROM_TEXT)).isTrue();
            assertThat(change.thread()).as("the change belongs to the conversation it reports on").isNotEmpty();
            assertThat(events).filteredOn(e -> e.thread().equals(change.thread())).hasSizeGreaterThan(1);
            assertThat(change.sha256()).hasSize(64);

            assertThat(events).filteredOn(e -> e.kind() == EventKind.NOTE).hasSize(4);
            // What was said in calls and meetings, from the notes: marked oral, never as written.
            assertThat(events).filteredOn(e -> e.source() == app.dossier.model.EventSource.NOTE && e.kind() == EventKind.REQUEST
                    && e.actor().equals("Markus Wendt <markus.wendt@kessler-logistik.de>")).hasSizeGreaterThanOrEqualTo(2);
            TimelineEvent oralApproval = events.stream().filter(e -> e.source() == app.dossier.model.EventSource.NOTE
                    && e.kind() == EventKind.APPROVAL).findFirst().orElseThrow();
            assertThat(oralApproval.actor()).isEqualTo("Miriam Vogt <miriam.vogt@nordlicht-software.de>");
            assertThat(oralApproval.has(FactType.ORAL)).isTrue();
            assertThat(events).filteredOn(e -> e.source() == app.dossier.model.EventSource.NOTE).extracting(TimelineEvent::kind)
                    .contains(EventKind.BLAME, EventKind.THREAT);
            assertThat(events).anySatisfy(e -> assertThat(e.kind()).isEqualTo(EventKind.MEETING));
            assertThat(events).filteredOn(e -> e.kind() == EventKind.REQUEST
                    && e.actor().contains("markus.wendt")).hasSizeGreaterThanOrEqualTo(3);
            TimelineFormats formats = new TimelineFormats(new Messages(Locale.ENGLISH));
            assertThat(formats.text(timeline)).contains("Chain of proof", "Change on Mar 10, 2026, 7:42");
            assertThat(formats.json(timeline)).contains("\"kind\" : \"CHANGE\"", "\"sha256\"", "\"facts\"", "\"thread\"");
            assertThat(formats.csv(timeline).lines().findFirst().orElse(""))
                    .isEqualTo("time,kind,actor,audience,summary,key,thread,source_type,message_id,sha256,facts,confidence,review,"
                            + "evidence");
        }
    }
}
