package app.dossier.ui.timeline;

import app.dossier.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The swimlanes: one per person who acts, the most active first, up to a limit; everyone else
 * shares the last lane. Events without an actor (notes, the user's own entries) have a lane of their own.
 */
record Lanes(List<String> addresses, List<String> labels, int others) {
    Lanes {
        addresses = List.copyOf(addresses);
        labels = List.copyOf(labels);
    }

    static Lanes of(List<TimelineEvent> events, int max, String othersLabel, String noPersonLabel) {
        List<String> ranked = People.byActivity(events, true);
        List<String> chosen = ranked.subList(0, Math.min(max, ranked.size()));
        List<String> labels = new ArrayList<>(chosen.stream()
                .map(p -> p.isEmpty() ? noPersonLabel : People.name(p)).toList());
        int others = -1;
        if (ranked.size() > max) {
            others = chosen.size();
            labels.add(othersLabel + " (" + (ranked.size() - max) + ")");
        }
        return new Lanes(chosen.stream().map(People::address).toList(), labels, others);
    }

    int size() {
        return labels.size();
    }

    /** The lane of a person ("Name &lt;address&gt;" or an address); the shared lane, or -1, for the rest. */
    int of(String person) {
        int i = addresses.indexOf(People.address(person));
        return i >= 0 ? i : others;
    }
}
