package app.dossier.keyphrases;

import app.dossier.model.Address;
import app.dossier.model.PersonSide;
import app.dossier.model.Side;
import app.dossier.store.CaseStore;
import app.dossier.store.PartyRepository;
import app.dossier.store.TimelineSource;
import app.dossier.store.TimelineSource.MessageRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who is who in a case. The user's addresses are what they set, else the mailbox owner (the address
 * that sends and receives most). A person's side is what the user set, else a suggestion from the
 * domains: the user's own domains are ours, a domain that exchanged mail with the user is theirs,
 * anyone else is neutral.
 */
public final class Parties {
    private final Set<String> me;
    private final boolean meChosen;
    private final Map<String, PersonSide> people;

    private Parties(Set<String> me, boolean meChosen, Map<String, PersonSide> people) {
        this.me = me;
        this.meChosen = meChosen;
        this.people = people;
    }

    static Parties of(CaseStore store) {
        PartyRepository repository = new PartyRepository(store);
        List<MessageRow> messages = new TimelineSource(store).messages();
        Map<String, String> names = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>(); // sent, received
        for (MessageRow m : messages) {
            count(m.from(), names, counts, 0);
            m.to().forEach(a -> count(a, names, counts, 1));
            m.cc().forEach(a -> count(a, names, counts, 1));
        }
        Set<String> chosen = repository.me();
        Set<String> me = chosen.isEmpty() ? owner(counts) : chosen;
        Set<String> ourDomains = new HashSet<>();
        me.forEach(a -> ourDomains.add(domain(a)));
        Set<String> theirDomains = new HashSet<>();
        for (MessageRow m : messages) {
            Set<String> in = new LinkedHashSet<>();
            in.add(m.from().normalizedEmail());
            m.to().forEach(a -> in.add(a.normalizedEmail()));
            m.cc().forEach(a -> in.add(a.normalizedEmail()));
            if (in.stream().anyMatch(me::contains)) {
                in.stream().map(Parties::domain).filter(d -> !d.isEmpty() && !ourDomains.contains(d))
                        .forEach(theirDomains::add);
            }
        }
        Map<String, Side> sides = repository.sides();
        Map<String, PersonSide> people = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -(e.getValue()[0] + e.getValue()[1]))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    String address = e.getKey();
                    String d = domain(address);
                    Side suggested = me.contains(address) || ourDomains.contains(d) ? Side.OURS
                            : theirDomains.contains(d) ? Side.THEIRS : Side.NEUTRAL;
                    Side set = sides.get(address);
                    people.put(address, new PersonSide(address, names.get(address), set == null ? suggested : set,
                            suggested, set != null, me.contains(address), e.getValue()[0] + e.getValue()[1]));
                });
        return new Parties(me, !chosen.isEmpty(), people);
    }

    private static void count(Address a, Map<String, String> names, Map<String, int[]> counts, int which) {
        String key = a.normalizedEmail();
        if (key.isEmpty()) {
            return;
        }
        if (!a.name().isBlank()) {
            names.putIfAbsent(key, a.name());
        }
        counts.computeIfAbsent(key, k -> new int[2])[which]++;
    }

    /** The mailbox owner: of the addresses that both send and receive, the one in most messages. */
    private static Set<String> owner(Map<String, int[]> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue()[0] > 0 && e.getValue()[1] > 0)
                .max(Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[0] + e.getValue()[1])
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(e -> Set.of(e.getKey())).orElse(Set.of());
    }

    static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** The user's addresses (set or suggested), lower case. */
    public Set<String> me() {
        return me;
    }

    /** Whether the user set their addresses (else they are the suggestion). */
    public boolean meChosen() {
        return meChosen;
    }

    public boolean isMe(String address) {
        return me.contains(address.toLowerCase(Locale.ROOT));
    }

    public Side sideOf(String address) {
        String key = address.toLowerCase(Locale.ROOT);
        if (me.contains(key)) {
            return Side.OURS;
        }
        PersonSide p = people.get(key);
        return p == null ? Side.NEUTRAL : p.side();
    }

    /** Everyone in the mail, most active first. */
    public List<PersonSide> people() {
        return new ArrayList<>(people.values());
    }
}
