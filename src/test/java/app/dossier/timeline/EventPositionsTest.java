package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.EventKind;
import app.dossier.model.EventSource;
import app.dossier.model.TimelineEvent;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The numbers of the paper trail's loops answer as the times and addresses they stand for. */
class EventPositionsTest {
    private static TimelineEvent at(String time, String actor, String... audience) {
        return new TimelineEvent(OffsetDateTime.parse(time), EventKind.WARNING, actor, List.of(audience), "", "",
                EventSource.MESSAGE, 1, "", "", "", List.of(), EventKind.WARNING);
    }

    @Test
    void timesCompareAsTheirInstantsAcrossOffsetsNanosecondsAndShifts() {
        List<TimelineEvent> events = List.of(
                at("2026-03-01T10:00:00+01:00", "a"),
                at("2026-03-01T09:00:00Z", "a"), // the same instant as the first, written in another offset
                at("2026-03-01T09:00:00.000000001Z", "a"),
                at("2026-03-31T09:00:00.5Z", "a"),
                at("2025-11-01T08:59:59.999999999Z", "a"),
                at("2026-06-29T09:00:00Z", "a"));
        EventPositions positions = new EventPositions(events, d -> d);
        List<Duration> shifts = List.of(Duration.ZERO, Duration.ofDays(30), Duration.ofDays(120),
                Duration.ofDays(120).negated(), Duration.ofMillis(-500), Duration.ofNanos(1), Duration.ofNanos(-1),
                Duration.ofSeconds(30L * 86_400, 500_000_000));
        for (int i = 0; i < events.size(); i++) {
            for (int j = 0; j < events.size(); j++) {
                OffsetDateTime a = events.get(i).time();
                OffsetDateTime b = events.get(j).time();
                assertThat(positions.isBefore(i, j)).as("%d before %d", i, j).isEqualTo(a.isBefore(b));
                for (Duration shift : shifts) {
                    String what = String.format(Locale.ROOT, "%d against %d shifted by %s", i, j, shift);
                    assertThat(positions.isBefore(i, j, shift)).as(what).isEqualTo(a.isBefore(b.plus(shift)));
                    assertThat(positions.isAfter(i, j, shift)).as(what).isEqualTo(a.isAfter(b.plus(shift)));
                    Duration span = shift.abs();
                    assertThat(positions.near(i, j, span)).as(what)
                            .isEqualTo(Duration.between(a, b).abs().compareTo(span) <= 0);
                }
            }
        }
    }

    @Test
    void personsAreTheirKeysNumbered() {
        List<TimelineEvent> events = List.of(
                at("2026-03-01T10:00:00Z", "Jonas <JONAS@x.de>", "markus@y.de", "Lena <lena@x.de>"),
                at("2026-03-02T10:00:00Z", "markus@y.de", "jonas@x.de"));
        EventPositions positions = new EventPositions(events, d -> app.dossier.model.Address.fromDisplay(d).identity());
        int jonas = positions.personOf("jonas@x.de");
        int markus = positions.personOf("Markus <markus@y.de>");
        assertThat(positions.actor(0)).isEqualTo(jonas);
        assertThat(positions.actor(1)).isEqualTo(markus);
        assertThat(positions.reaches(0, markus)).isTrue();
        assertThat(positions.reaches(1, markus)).isFalse();
        assertThat(positions.reaches(1, jonas)).isTrue();
        int[] lenaOnly = positions.numbersOf(Set.of("lena@x.de"));
        assertThat(positions.involves(0, lenaOnly)).isTrue();
        assertThat(positions.isByOneOf(0, lenaOnly)).isFalse();
        assertThat(positions.involves(1, lenaOnly)).isFalse();
        assertThat(positions.isByOneOf(1, positions.numbersOf(Set.of("markus@y.de")))).isTrue();
    }
}
