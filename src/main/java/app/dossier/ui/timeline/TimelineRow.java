package app.dossier.ui.timeline;

import app.dossier.model.TimelineEvent;
import java.time.LocalDate;

/** A line of the chronological list: the heading of a day, or an event. */
public sealed interface TimelineRow {
    /** A day heading with the number of events shown under it. */
    record Day(LocalDate day, int events) implements TimelineRow {
    }

    /** An event; {@code hidden} when the user hid it and chose to see hidden events. */
    record Event(TimelineEvent event, boolean hidden) implements TimelineRow {
    }
}
