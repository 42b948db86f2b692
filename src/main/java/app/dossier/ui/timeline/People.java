package app.dossier.ui.timeline;

import app.dossier.model.Address;
import app.dossier.model.TimelineEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The people who act in a timeline, known by address: ranked by how often they act, named for display. */
final class People {
    private People() {
    }

    /**
     * Each person once ("Name &lt;address&gt;" as first seen), the most active first; with
     * {@code withNobody}, events without an actor count as one more "person" written as "".
     */
    static List<String> byActivity(List<TimelineEvent> events, boolean withNobody) {
        Map<String, Integer> count = new HashMap<>();
        Map<String, String> display = new HashMap<>();
        for (TimelineEvent e : events) {
            String address = address(e.actor());
            if (withNobody || !address.isEmpty()) {
                count.merge(address, 1, Integer::sum);
                display.putIfAbsent(address, e.actor());
            }
        }
        return count.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(x -> display.get(x.getKey())).toList();
    }

    /** The address of "Name &lt;address&gt;" in lower case, or a bare name in lower case. */
    static String address(String display) {
        return Address.fromDisplay(display).identity();
    }

    /** The name part of "Name &lt;address&gt;" (the address when there is no name). */
    static String name(String actor) {
        Address a = Address.fromDisplay(actor);
        return a.name().isEmpty() ? a.email() : a.name();
    }
}
