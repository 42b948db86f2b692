package app.dossier.brief;

import app.dossier.model.ExhibitRef;
import app.dossier.model.QuoteCard;
import app.dossier.model.TimelineEvent;
import app.dossier.timeline.Timeline;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one briefing prints, read from the case before any layout: the timeline, the chosen
 * exhibits in number order, the quote cards, the manifest, and every source's exhibit number (so a
 * timeline row can cite an exhibit that is not printed), and whether the exhibits section is printed.
 */
public record BriefingData(String caseTitle, OffsetDateTime generatedAt, Timeline timeline, List<Exhibit> exhibits,
                           List<QuoteCard> cards, Manifest manifest, Map<String, ExhibitRef> numbers,
                           TimelineEvent meeting, boolean exhibitPages) {
    public BriefingData {
        exhibits = List.copyOf(exhibits);
        cards = List.copyOf(cards);
        numbers = Map.copyOf(numbers);
    }

    /** The key of a source in {@link #numbers}. */
    public static String key(app.dossier.model.EventSource source, long sourceId) {
        return source.code() + ":" + sourceId;
    }

    /** The exhibit number of an event's message or note. */
    public Optional<ExhibitRef> exhibitOf(TimelineEvent event) {
        return Optional.ofNullable(numbers.get(key(event.source(), event.sourceId())));
    }

    /** Whether the exhibit with this number is printed (a link can only go where there is a page). */
    public boolean printed(int number) {
        return exhibitPages && exhibits.stream().anyMatch(e -> e.ref().number() == number);
    }

    /** The meeting the briefing is for: the last invitation on the timeline, if any. */
    public Optional<TimelineEvent> meetingEvent() {
        return Optional.ofNullable(meeting);
    }
}
