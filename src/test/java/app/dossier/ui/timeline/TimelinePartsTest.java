package app.dossier.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.EventKind;
import app.dossier.model.EventSource;
import app.dossier.model.Review;
import app.dossier.model.TimelineEvent;
import app.dossier.timeline.Timeline;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline view model's parts on their own, without the FX toolkit or a case: filters and what is shown. */
class TimelinePartsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static TimelineEvent event(long id, String time, EventKind kind, String actor, String key) {
        return new TimelineEvent(OffsetDateTime.parse(time), kind, actor, List.of("Bea <bea@b.example>"), "Subject",
                key, EventSource.MESSAGE, id, "", "", "t" + (id % 2), List.of(), null, 0.9, List.of(), Review.UNREVIEWED);
    }

    private final TimelineEvent request = event(1, "2026-03-01T09:00+01:00", EventKind.REQUEST, "Al <al@a.example>",
            "Please switch it off");
    private final TimelineEvent warning = event(2, "2026-03-01T23:30Z", EventKind.WARNING, "Cy <cy@c.example>",
            "We advise against it");
    private final TimelineEvent change = event(3, "2026-03-03T10:00+01:00", EventKind.CHANGE, "Al <al@a.example>",
            "Switched off at 18:20");
    private final TimelineEvent hidden = event(4, "2026-03-02T10:00+01:00", EventKind.OTHER, "Al <al@a.example>",
            "Lunch on Friday?");
    private final Timeline timeline = new Timeline(List.of(request, warning, change), List.of(), List.of(hidden));

    @Test
    void filtersNarrowByKindPersonWordsDaysAndConversationAndShowHiddenOnesMarked() {
        TimelineContent content = new TimelineContent(BERLIN);
        content.show(timeline, new TimelineFilter(null, "", null, null, "", ""), false);
        assertThat(content.visible()).containsExactly(request, warning, change);
        // The warning at 23:30 UTC is on 2 March in Berlin: three days, each with its heading.
        assertThat(content.rows()).filteredOn(r -> r instanceof TimelineRow.Day)
                .extracting(r -> ((TimelineRow.Day) r).day())
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3));
        assertThat(content.hiddenCount().get()).isEqualTo(1);
        assertThat(content.people()).first().asString().contains("Al");

        content.filter(new TimelineFilter(EventKind.CHANGE, "", null, null, "", ""), false);
        assertThat(content.visible()).containsExactly(change);
        content.filter(new TimelineFilter(null, "cy@", null, null, "", ""), false);
        assertThat(content.visible()).containsExactly(warning);
        content.filter(new TimelineFilter(null, "bea", null, null, "", ""), false);
        assertThat(content.visible()).as("in the audience").containsExactly(request, warning, change);
        content.filter(new TimelineFilter(null, "", null, null, "", "  SWITCH "), false);
        assertThat(content.visible()).containsExactly(request, change);
        content.filter(new TimelineFilter(null, "", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), "", ""), false);
        assertThat(content.visible()).containsExactly(warning);
        content.filter(new TimelineFilter(null, "", null, null, "t1", ""), false);
        assertThat(content.visible()).containsExactly(request, change);

        content.filter(new TimelineFilter(null, "al@", null, null, "", ""), true);
        assertThat(content.visible()).as("hidden events are listed, not visible").containsExactly(request, change);
        List<TimelineRow.Event> listed = new ArrayList<>();
        content.rows().forEach(r -> {
            if (r instanceof TimelineRow.Event e) {
                listed.add(e);
            }
        });
        assertThat(listed).extracting(TimelineRow.Event::event).containsExactly(request, hidden, change);
        assertThat(listed).extracting(TimelineRow.Event::hidden).containsExactly(false, true, false);
        assertThat(content.isHidden(hidden)).isTrue();
        assertThat(content.isHidden(request)).isFalse();
    }

    @Test
    void theSameEventIsFoundAfterADecisionChangedItsKindAndNothingIsLeftWhenCleared() {
        TimelineContent content = new TimelineContent(BERLIN);
        content.show(timeline, new TimelineFilter(null, "", null, null, "", ""), false);
        TimelineEvent threat = warning.corrected(EventKind.THREAT, null, null,
                app.dossier.model.Fact.of(app.dossier.model.FactType.ADDED_BY_HAND));
        content.show(new Timeline(List.of(request, threat, change), List.of(), List.of(hidden)),
                new TimelineFilter(null, "", null, null, "", ""), false);
        assertThat(content.same(warning, false)).contains(threat);
        assertThat(content.same(hidden, false)).isEmpty();
        assertThat(content.same(hidden, true)).contains(hidden);

        content.clear();
        assertThat(content.visible()).isEmpty();
        assertThat(content.rows()).isEmpty();
        assertThat(content.people()).isEmpty();
        assertThat(content.hiddenCount().get()).isZero();
    }

    @Test
    void everyFilterChangeIsHeardAndClearingKeepsTheChoiceToSeeHiddenEvents() {
        List<TimelineFilter> heard = new ArrayList<>();
        TimelineFilters[] filters = new TimelineFilters[1];
        filters[0] = new TimelineFilters(() -> heard.add(filters[0].current()));
        filters[0].kind().set(EventKind.WARNING);
        filters[0].person().set("Al");
        filters[0].text().set("switch");
        filters[0].showThread(request);
        filters[0].showHidden().set(true);
        assertThat(heard).hasSize(5);
        assertThat(heard.get(heard.size() - 1)).isEqualTo(
                new TimelineFilter(EventKind.WARNING, "Al", null, null, "t1", "switch"));

        filters[0].clear();
        assertThat(filters[0].current()).isEqualTo(new TimelineFilter(null, "", null, null, "", ""));
        assertThat(filters[0].showHidden().get()).isTrue();
        filters[0].showThread(null);
        assertThat(filters[0].thread().get()).isEmpty();
    }
}
