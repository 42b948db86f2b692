package app.dossier.ui.timeline;

import app.dossier.model.EventKind;
import app.dossier.model.TimelineEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the user narrowed the timeline to: a kind, a person (as actor or in the audience), a date
 * range (days in the user's time zone, both ends included), a conversation, and words. Empty parts
 * let everything through.
 */
record TimelineFilter(EventKind kind, String person, LocalDate from, LocalDate to, String thread, String words) {
    TimelineFilter {
        person = person == null ? "" : person;
        thread = thread == null ? "" : thread;
        words = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
    }

    /** The words an event is found by, in lower case: who, to whom, the key sentence and the subject. */
    static String searchText(TimelineEvent e) {
        return (e.actor() + " " + e.key() + " " + e.summary() + " " + String.join(" ", e.audience())).toLowerCase(Locale.ROOT);
    }

    /** The filter, with the words of each event from {@code text} (the view model keeps them for large cases). */
    Predicate<TimelineEvent> predicate(ZoneId zone, java.util.function.Function<TimelineEvent, String> text) {
        String who = person.toLowerCase(Locale.ROOT);
        return e -> {
            if (kind != null && e.kind() != kind) {
                return false;
            }
            if (!thread.isEmpty() && !thread.equals(e.thread())) {
                return false;
            }
            LocalDate day = e.time().atZoneSameInstant(zone).toLocalDate();
            if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
                return false;
            }
            if (!who.isEmpty() && !e.actor().toLowerCase(Locale.ROOT).contains(who)
                    && e.audience().stream().noneMatch(a -> a.toLowerCase(Locale.ROOT).contains(who))) {
                return false;
            }
            return words.isEmpty() || text.apply(e).contains(words);
        };
    }
}
