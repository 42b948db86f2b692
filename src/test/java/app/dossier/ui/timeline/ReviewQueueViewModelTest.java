package app.dossier.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.EventKind;
import app.dossier.model.Review;
import app.dossier.model.TimelineEvent;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The review queue without the FX toolkit: order, one key per decision, moving on, keeping its place. */
class ReviewQueueViewModelTest {
    private final List<String> decided = new ArrayList<>();
    private final ReviewQueueViewModel queue = new ReviewQueueViewModel(new ReviewQueueViewModel.Decisions() {
        @Override
        public void confirm(TimelineEvent event) {
            decided.add("confirm " + event.key());
        }

        @Override
        public void changeKind(TimelineEvent event, EventKind kind) {
            decided.add(kind + " " + event.key());
        }

        @Override
        public void hide(TimelineEvent event) {
            decided.add("hide " + event.key());
        }
    });

    private static TimelineEvent event(long id, EventKind kind, double confidence, Review review, String key) {
        return new TimelineEvent(OffsetDateTime.parse("2026-03-01T09:00+01:00").plusHours(id), kind, "A <a@x.example>",
                List.of(), "S", key, app.dossier.model.EventSource.MESSAGE, id, "", "", "", List.of(), null, confidence, List.of("a cue"), review);
    }

    private final List<TimelineEvent> events = List.of(
            event(1, EventKind.REQUEST, 0.9, Review.UNREVIEWED, "sure request"),
            event(2, EventKind.APPROVAL, 0.4, Review.UNREVIEWED, "unsure approval"),
            event(3, EventKind.WARNING, 1.0, Review.CONFIRMED, "confirmed warning"),
            event(4, EventKind.NOTE, 1.0, Review.BY_HAND, "a note"),
            event(5, EventKind.THREAT, 0.7, Review.LEARNED, "learned threat"),
            event(6, EventKind.CHANGE, 0.55, Review.UNREVIEWED, "unsure change"),
            event(7, EventKind.OTHER, 0.5, Review.UNREVIEWED, "a mail at night"));

    @Test
    void onlyUnreviewedReadingsTheLeastCertainFirst() {
        queue.update(events);
        assertThat(queue.queue()).extracting(TimelineEvent::key)
                .as("facts alone claim no kind: after every reading")
                .containsExactly("unsure approval", "unsure change", "learned threat", "sure request", "a mail at night");
        assertThat(queue.currentProperty().get().key()).isEqualTo("unsure approval");
    }

    @Test
    void candidatesAreReviewedWithTheEventsAndMarkedAsSuchUntilDecided() {
        TimelineEvent suggested = event(8, EventKind.BLAME, 0.25, Review.UNREVIEWED, "a suggestion");
        queue.update(events, List.of(suggested));
        assertThat(queue.queue()).extracting(TimelineEvent::key).as("the least certain first, candidates included")
                .startsWith("a suggestion", "unsure approval");
        assertThat(queue.isCandidate(queue.currentProperty().get())).isTrue();
        assertThat(queue.queue()).filteredOn(queue::isCandidate).extracting(TimelineEvent::key)
                .containsExactly("a suggestion");
        assertThat(queue.onKey(KeyCode.ENTER)).isTrue();
        assertThat(decided).containsExactly("confirm a suggestion");
        queue.update(events);
        assertThat(queue.isCandidate(suggested)).as("a timeline without it no longer calls it a candidate").isFalse();
    }

    @Test
    void oneKeyEachAndTheQueueMovesOnAtOnce() {
        queue.update(events);
        assertThat(queue.onKey(KeyCode.ENTER)).isTrue();
        assertThat(queue.currentProperty().get().key()).isEqualTo("unsure change");
        assertThat(queue.onKey(KeyCode.W)).isTrue();
        assertThat(queue.currentProperty().get().key()).isEqualTo("learned threat");
        assertThat(queue.onKey(KeyCode.T)).as("its own kind again is a confirmation").isTrue();
        assertThat(queue.onKey(KeyCode.H)).isTrue();
        assertThat(queue.onKey(KeyCode.SPACE)).isTrue();
        assertThat(decided).containsExactly("confirm unsure approval", "WARNING unsure change",
                "confirm learned threat", "hide sure request", "confirm a mail at night");
        assertThat(queue.currentProperty().get()).isNull();
        assertThat(queue.doneProperty().get()).isEqualTo(5);
        assertThat(queue.onKey(KeyCode.ENTER)).as("nothing left to decide").isFalse();
    }

    @Test
    void laterAndBackAndKeysThatMeanNothing() {
        queue.update(events);
        queue.onKey(KeyCode.N);
        assertThat(queue.currentProperty().get().key()).isEqualTo("unsure change");
        queue.onKey(KeyCode.UP);
        assertThat(queue.currentProperty().get().key()).isEqualTo("unsure approval");
        queue.onKey(KeyCode.P);
        assertThat(queue.currentProperty().get().key()).as("back from the first is the last").isEqualTo("a mail at night");
        assertThat(queue.onKey(KeyCode.Q)).isFalse();
        queue.choose(events.get(0));
        assertThat(queue.currentProperty().get().key()).as("picked in the list").isEqualTo("sure request");
        queue.choose(events.get(2));
        assertThat(queue.currentProperty().get().key()).as("a confirmed one is not in the queue").isEqualTo("sure request");
        assertThat(decided).isEmpty();
    }

    @Test
    void aTimelineRedoneWhileDecidingKeepsThePlaceAndDoesNotBringDecisionsBack() {
        queue.update(events);
        queue.confirm(); // the unsure approval; the timeline is redone in the background
        queue.next();
        assertThat(queue.currentProperty().get().key()).isEqualTo("learned threat");
        queue.update(events); // the redone timeline arrives (still the old readings)
        assertThat(queue.queue()).extracting(TimelineEvent::key).doesNotContain("unsure approval");
        assertThat(queue.currentProperty().get().key()).isEqualTo("learned threat");
        queue.reset();
        queue.update(events);
        assertThat(queue.queue()).hasSize(5);
    }
}
