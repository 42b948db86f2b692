package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.classify.Classifier;
import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import app.dossier.store.CaseStore;
import app.dossier.testing.SharedData;
import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference story end to end: the threat, the approved change, the warnings that reached the requester. */
class ScenarioTimelineTest {
    @TempDir
    Path temp;

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
            assertThat(threat.facts()).anySatisfy(f -> assertThat(f).startsWith("replied only to").contains("7 people removed"));
            assertThat(threat.facts()).anySatisfy(f -> assertThat(f).startsWith("shouting"));

            TimelineEvent change = events.stream().filter(e -> e.kind() == EventKind.CHANGE
                    && e.time().equals(OffsetDateTime.parse("2026-03-10T19:42:00+01:00")))
                    .findFirst().orElseThrow(() -> new AssertionError("the change at 19:42, the time stated in the mail"));
            assertThat(change.facts()).anySatisfy(f -> assertThat(f).startsWith("approved in writing by Miriam Vogt")
                    .endsWith("before the change"));
            assertThat(change.facts()).anySatisfy(f -> assertThat(f).contains("warning of 5 Mar 2026")
                    .endsWith("reached the requester"));
            assertThat(change.facts()).noneMatch(f -> f.contains("did not reach"));
            assertThat(change.sha256()).hasSize(64);

            assertThat(events).filteredOn(e -> e.kind() == EventKind.NOTE).hasSize(4);
            assertThat(events).anySatisfy(e -> assertThat(e.kind()).isEqualTo(EventKind.MEETING));
            assertThat(events).filteredOn(e -> e.kind() == EventKind.REQUEST
                    && e.actor().contains("markus.wendt")).hasSizeGreaterThanOrEqualTo(3);
            assertThat(TimelineFormats.text(timeline)).contains("Chain of proof", "no written approval before this change");
            assertThat(TimelineFormats.json(timeline)).contains("\"kind\" : \"CHANGE\"", "\"sha256\"", "\"facts\"");
            assertThat(TimelineFormats.csv(timeline).lines().findFirst().orElse(""))
                    .isEqualTo("time,kind,actor,audience,summary,key,source_type,message_id,sha256,facts");
        }
    }
}
