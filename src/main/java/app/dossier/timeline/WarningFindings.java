package app.dossier.timeline;

import static app.dossier.timeline.Readings.isWritten;
import static app.dossier.timeline.Readings.resting;
import static app.dossier.timeline.Readings.sure;
import static app.dossier.timeline.Readings.who;

import app.dossier.model.Address;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The warning part of a change's chain of proof: each sure warning given before it, and whether it
 * reached the person the change was made for (in writing, or named in the note of a call); unsure
 * ones are listed to check.
 *
 * <p>"Did not reach the requester" is a gap the user may say aloud in the meeting, so it is said only
 * when the warning plainly stayed away from the requester's side. A warning written by, or sent to,
 * someone of the requester's own organisation who is not the requester (their colleague who first
 * asked, their director, the address of a colleague who asked too) may well have reached them: that
 * is "not found for sure — check these", never a gap. The organisation is the domain of the address
 * ({@link Organisations}); where the requester works for the doer's own organisation, or writes from
 * a public mail provider, it tells nothing and only the requester's own addresses and names count.
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

    private enum Reach { REACHED, NOT_REACHED, UNCLEAR }

    /**
     * The warning findings among the events tied to the change, given who asked for it for sure
     * ({@code requests}) and who made it ({@code doer}).
     */
    List<Fact> of(List<TimelineEvent> before, RequestFindings.Requests requests, String doer) {
        String requester = requests.requester();
        Set<String> askers = requests.askers();
        List<Fact> facts = new ArrayList<>();
        List<TimelineEvent> unsure = new ArrayList<>();
        List<TimelineEvent> unclear = new ArrayList<>();
        Set<String> side = requesterSide(requester, askers, doer);
        for (TimelineEvent w : before.stream().filter(e -> e.kind() == EventKind.WARNING).toList()) {
            String writer = person.apply(w.actor());
            if (!requester.isEmpty() && (writer.equals(requester)
                    || askers.contains(writer) && side.contains(Organisations.of(writer)))) {
                continue; // the doubts of those who asked are not a warning to them
            }
            if (!sure(w)) {
                unsure.add(w);
                continue;
            }
            if (requester.isEmpty()) {
                facts.add(resting(Fact.of(FactType.WARNING_GIVEN, w.time(), who(w)), List.of(w)));
                continue;
            }
            Reach reach = reach(w, requester, side);
            if (reach == Reach.UNCLEAR) {
                unclear.add(w);
                continue;
            }
            Fact fact;
            if (!isWritten(w) && reach == Reach.REACHED) {
                fact = Fact.of(FactType.WARNING_ORAL, w.time(), w.summary());
            } else {
                fact = Fact.of(reach == Reach.REACHED ? FactType.WARNING_REACHED : FactType.WARNING_NOT_REACHED,
                        w.time(), who(w));
            }
            facts.add(resting(fact, List.of(w)));
        }
        if (!unclear.isEmpty()) {
            facts.add(Fact.of(FactType.WARNING_REACH_UNSURE, unclear, requests.requesterName()));
        }
        if (!unsure.isEmpty()) {
            facts.add(Fact.of(FactType.WARNING_UNSURE, unsure));
        }
        return facts;
    }

    /**
     * The organisations of the requester and of the others who asked, where they tell the requester's
     * side apart from the doer's: the doer's own organisation and "none" are left out.
     */
    private static Set<String> requesterSide(String requester, Set<String> askers, String doer) {
        String doers = Organisations.of(doer);
        String requesters = Organisations.of(requester);
        if (requesters.isEmpty() || requesters.equals(doers)) {
            return Set.of();
        }
        return askers.stream().map(Organisations::of).filter(o -> !o.isEmpty() && !o.equals(doers))
                .collect(Collectors.toSet());
    }

    /** Whether a warning went to the requester: in the recipients of a mail, or named in the note of a call. */
    private Reach reach(TimelineEvent warning, String requester, Set<String> side) {
        if (warning.audience().stream().anyMatch(a -> isRequester(a, requester))) {
            return Reach.REACHED;
        }
        if (isWritten(warning)) {
            boolean nearSide = side.contains(Organisations.of(person.apply(warning.actor())))
                    || warning.audience().stream().map(person).map(Organisations::of).anyMatch(side::contains);
            return nearSide ? Reach.UNCLEAR : Reach.NOT_REACHED;
        }
        String said = (warning.summary() + " " + String.join(" ", warning.audience())).toLowerCase(Locale.ROOT);
        if (namesSomeoneOf(said, a -> a.equals(requester))) {
            return Reach.REACHED;
        }
        return namesSomeoneOf(said, a -> side.contains(Organisations.of(a))) ? Reach.UNCLEAR : Reach.NOT_REACHED;
    }

    /** The requester by address, or by a name they are known by (their other address, a display name alone). */
    private boolean isRequester(String display, String requester) {
        if (person.apply(display).equals(requester)) {
            return true;
        }
        String name = Address.fromDisplay(display).name().toLowerCase(Locale.ROOT);
        return name.contains(" ") && requester.equals(addressByName.get(name));
    }

    /** Whether a note's text names, by surname, someone whose address {@code whose} accepts. */
    private boolean namesSomeoneOf(String said, java.util.function.Predicate<String> whose) {
        return addressByName.entrySet().stream().filter(n -> whose.test(n.getValue()))
                .map(n -> surname(n.getKey())).anyMatch(s -> s.length() > 1 && said.contains(s));
    }

    private static String surname(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }
}
