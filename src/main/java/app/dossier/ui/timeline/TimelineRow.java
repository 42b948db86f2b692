package app.dossier.ui.timeline;

import app.dossier.model.TimelineEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** A line of the chronological list: the heading of a day, or an event. */
public sealed interface TimelineRow {
    /** A day heading with the number of events shown under it. */
    record Day(LocalDate day, int events) implements TimelineRow {
    }

    /** An event; {@code hidden} when the user hid it and chose to see hidden events. */
    record Event(TimelineEvent event, boolean hidden) implements TimelineRow {
    }

    /** The events (in time order) with a heading before each day; {@code hidden} marks the hidden ones. */
    static List<TimelineRow> byDay(List<TimelineEvent> events, Predicate<TimelineEvent> hidden,
                                   Function<TimelineEvent, LocalDate> day) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        events.forEach(e -> perDay.merge(day.apply(e), 1, Integer::sum));
        List<TimelineRow> rows = new ArrayList<>(events.size() + perDay.size());
        LocalDate current = null;
        for (TimelineEvent e : events) {
            LocalDate d = day.apply(e);
            if (!d.equals(current)) {
                rows.add(new Day(d, perDay.get(d)));
                current = d;
            }
            rows.add(new Event(e, hidden.test(e)));
        }
        return rows;
    }
}
