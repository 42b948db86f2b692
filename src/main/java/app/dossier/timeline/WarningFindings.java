package app.dossier.timeline;

import static app.dossier.timeline.Readings.isWritten;
import static app.dossier.timeline.Readings.resting;
import static app.dossier.timeline.Readings.sure;
import static app.dossier.timeline.Readings.who;

import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The warning part of a change's chain of proof: each sure warning given before it, and whether it
 * reached the person the change was made for (in writing, or named in the note of a call); unsure
 * ones are listed to check.
 */
final class WarningFindings {
    /** A person's key from "Name &lt;address&gt;" (see {@link PaperTrail}). */
    private final Function<String, String> person;
    /** Lower-case names seen in the case, with the address each stands for. */
    private final Map<String, String> addressByName;

    WarningFindings(Function<String, String> person, Map<String, String> addressByName) {
        this.person = person;
        this.addressByName = addressByName;
    }

    /** The warning findings among the events tied to the change; {@code requester} is "" when nobody asked for sure. */
    List<Fact> of(List<TimelineEvent> before, String requester) {
        List<Fact> facts = new ArrayList<>();
        List<TimelineEvent> unsure = new ArrayList<>();
        for (TimelineEvent w : before.stream().filter(e -> e.kind() == EventKind.WARNING).toList()) {
            if (!requester.isEmpty() && person.apply(w.actor()).equals(requester)) {
                continue; // the requester's own doubts are not a warning to the requester
            }
            if (!sure(w)) {
                unsure.add(w);
                continue;
            }
            boolean reached = requester.isEmpty() || reaches(w, requester);
            Fact fact;
            if (requester.isEmpty()) {
                fact = Fact.of(FactType.WARNING_GIVEN, w.time(), who(w));
            } else if (!isWritten(w) && reached) {
                fact = Fact.of(FactType.WARNING_ORAL, w.time(), w.summary());
            } else {
                fact = Fact.of(reached ? FactType.WARNING_REACHED : FactType.WARNING_NOT_REACHED, w.time(), who(w));
            }
            facts.add(resting(fact, List.of(w)));
        }
        if (!unsure.isEmpty()) {
            facts.add(Fact.of(FactType.WARNING_UNSURE, unsure));
        }
        return facts;
    }

    /** Whether a warning went to the requester: in the recipients of a mail, or named in the note of a call. */
    private boolean reaches(TimelineEvent warning, String requester) {
        if (warning.audience().stream().map(person).anyMatch(requester::equals)) {
            return true;
        }
        if (isWritten(warning)) {
            return false;
        }
        String said = (warning.summary() + " " + String.join(" ", warning.audience())).toLowerCase(Locale.ROOT);
        return addressByName.entrySet().stream().filter(n -> n.getValue().equals(requester))
                .map(n -> surname(n.getKey())).anyMatch(s -> s.length() > 1 && said.contains(s));
    }

    private static String surname(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }
}
