package app.dossier.ui.timeline;

import static app.dossier.testing.Eventually.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.classify.Classifier;
import app.dossier.mailbox.MessageService;
import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import app.dossier.testing.SessionFixture;
import app.dossier.testing.TestCases;
import app.dossier.timeline.TimelineService;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline section's view model on the sample case, without the FX toolkit. */
class TimelineViewModelTest {
    @TempDir
    Path temp;

    private SessionFixture fixture;
    private final TimelineService service = new TimelineService(new Classifier(), Clock.systemUTC());

    @BeforeEach
    void open() throws Exception {
        fixture = new SessionFixture(temp.resolve("case.dossier")).withSample();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private TimelineViewModel model() {
        return new TimelineViewModel(service, new MessageService(TestCases.BERLIN), fixture.tasks, fixture.messages,
                TestCases.BERLIN, fixture.openCase);
    }

    private TimelineViewModel built() {
        TimelineViewModel model = model();
        model.ensureBuilt();
        waitFor("the build", () -> !model.visible().isEmpty());
        return model;
    }

    @Test
    void filtersNarrowTheEventsAndClearingShowsAllAgain() {
        TimelineViewModel model = built();
        int all = model.visible().size();
        assertThat(model.rows().size()).as("a heading per day besides the events").isGreaterThan(all);

        model.kindProperty().set(EventKind.WARNING);
        assertThat(model.visible()).isNotEmpty().allMatch(e -> e.kind() == EventKind.WARNING);
        assertThat(model.visible().size()).isLessThan(all);

        model.clearFilters();
        model.textProperty().set("2FA");
        assertThat(model.visible()).isNotEmpty().hasSizeLessThan(all);
        model.clearFilters();
        assertThat(model.visible()).hasSize(all);
    }

    @Test
    void aDecisionIsAppliedKeptAndWinsOverTheNextBuild() {
        TimelineViewModel model = built();
        TimelineEvent warning = model.visible().stream().filter(e -> e.kind() == EventKind.WARNING)
                .filter(e -> e.source() != app.dossier.model.EventSource.MANUAL).findFirst().orElseThrow();
        model.changeKind(warning, EventKind.THREAT);
        waitFor("the decision", () -> model.visible().stream().anyMatch(e -> same(e, warning)
                && e.kind() == EventKind.THREAT));

        TimelineViewModel fresh = built();
        assertThat(fresh.visible()).filteredOn(e -> same(e, warning)).extracting(TimelineEvent::kind)
                .containsExactly(EventKind.THREAT);

        fresh.hide(warning);
        // Outcomes arrive on the session's threads here: wait for both to be seen.
        waitFor("hidden", () -> fresh.hiddenCountProperty().get() == 1
                && fresh.visible().stream().noneMatch(e -> same(e, warning)));
        assertThat(fixture.tasks.problems()).isEmpty();
    }

    @Test
    void theChosenEventShowsItsSource() {
        TimelineViewModel model = built();
        TimelineEvent event = model.visible().stream().filter(e -> e.source() == app.dossier.model.EventSource.MESSAGE).findFirst()
                .orElseThrow();
        model.selectedProperty().set(event);
        waitFor("the source", () -> !model.sourceTextProperty().get().isEmpty());
        assertThat(model.sourceTextProperty().get()).contains(event.key().substring(0, Math.min(20, event.key().length())));
    }

    @Test
    void aFailedBuildSaysSoInsteadOfShowingAnEmptyTimeline() {
        TimelineViewModel model = model();
        fixture.open().store().close(); // the case's files become unreadable under the window
        model.ensureBuilt();
        waitFor("the failure", () -> !model.statusProperty().get().isEmpty());
        assertThat(model.statusProperty().get()).startsWith("The timeline could not be built: The case ")
                .doesNotContain("Exception");
        assertThat(model.visible()).isEmpty();
        assertThat(fixture.tasks.problems()).extracting(p -> p.activityKey()).containsExactly("activity.buildTimeline");
    }

    private static boolean same(TimelineEvent a, TimelineEvent b) {
        return a.source().equals(b.source()) && a.sourceId() == b.sourceId()
                && a.detectedKind() == b.detectedKind();
    }
}
