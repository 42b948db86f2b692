package app.dossier.ui.timeline;

import app.dossier.model.TimelineEvent;
import java.time.LocalDate;

/** A line of the chronological list: the heading of a day, or an event. */
public sealed interface TimelineRow {
    /** A day heading with the number of events shown under it. */
    record Day(LocalDate day, int events) implements TimelineRow {
    }

    record Event(TimelineEvent event) implements TimelineRow {
    }
}
