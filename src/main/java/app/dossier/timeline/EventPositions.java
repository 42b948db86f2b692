package app.dossier.timeline;

import app.dossier.model.TimelineEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The events of a list checked by {@link PaperTrail}, by position, in the forms its loops compare:
 * each event's instant as epoch seconds and nanoseconds, and its actor and audience as numbered
 * persons. Every change looks back and ahead over thousands of the same events, and a large case has
 * hundreds of changes; {@code OffsetDateTime}'s comparisons compute the epoch second from the date
 * every time and persons compared as addresses are strings, which was most of what a decision cost in
 * a 100,000-message case. So each event is turned into numbers once.
 */
final class EventPositions {
    private final long[] seconds;
    private final int[] nanos;
    private final int[] actors;
    private final int[][] audiences;
    /** A person's key (see {@link PaperTrail}) for an address as written. */
    private final UnaryOperator<String> personKey;
    private final Map<String, Integer> numbers = new HashMap<>();

    EventPositions(List<TimelineEvent> events, UnaryOperator<String> personKey) {
        this.personKey = personKey;
        seconds = new long[events.size()];
        nanos = new int[events.size()];
        actors = new int[events.size()];
        audiences = new int[events.size()][];
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            seconds[i] = e.time().toEpochSecond();
            nanos[i] = e.time().getNano();
            actors[i] = personOf(e.actor());
            audiences[i] = e.audience().stream().mapToInt(this::personOf).toArray();
        }
    }

    /** The number of the person of an address as written. */
    int personOf(String display) {
        return number(personKey.apply(display));
    }

    /** The numbers of these persons' keys. */
    int[] numbersOf(Set<String> personKeys) {
        return personKeys.stream().mapToInt(this::number).toArray();
    }

    private int number(String key) {
        return numbers.computeIfAbsent(key, k -> numbers.size());
    }

    int actor(int i) {
        return actors[i];
    }

    /** Whether event {@code i} was sent to the person. */
    boolean reaches(int i, int person) {
        return anyIs(audiences[i], person);
    }

    /** Whether event {@code i} is by one of these persons. */
    boolean isByOneOf(int i, int[] persons) {
        return anyIs(persons, actors[i]);
    }

    /** Whether event {@code i} is by or to one of these persons. */
    boolean involves(int i, int[] persons) {
        if (isByOneOf(i, persons)) {
            return true;
        }
        for (int p : audiences[i]) {
            if (anyIs(persons, p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether event {@code i} is before event {@code j}. */
    boolean isBefore(int i, int j) {
        return isBefore(i, j, Duration.ZERO);
    }

    /** Whether event {@code i} is before {@code shift} after event {@code j} (as the times' {@code isBefore}). */
    boolean isBefore(int i, int j, Duration shift) {
        return compare(i, j, shift) < 0;
    }

    /** Whether event {@code i} is after {@code shift} after event {@code j} (as the times' {@code isAfter}). */
    boolean isAfter(int i, int j, Duration shift) {
        return compare(i, j, shift) > 0;
    }

    /** Event {@code i}'s instant against event {@code j}'s shifted by {@code shift}: negative, zero or positive. */
    private int compare(int i, int j, Duration shift) {
        long second = seconds[j] + shift.getSeconds();
        int nano = nanos[j] + shift.getNano(); // getNano is 0 to 999,999,999 whatever the sign of the shift
        if (nano >= 1_000_000_000) {
            second++;
            nano -= 1_000_000_000;
        }
        int bySecond = Long.compare(seconds[i], second);
        return bySecond != 0 ? bySecond : Integer.compare(nanos[i], nano);
    }

    /** Whether events {@code i} and {@code j} are at most {@code span} apart. */
    boolean near(int i, int j, Duration span) {
        return Duration.ofSeconds(seconds[j] - seconds[i], nanos[j] - nanos[i]).abs().compareTo(span) <= 0;
    }

    private static boolean anyIs(int[] persons, int person) {
        for (int p : persons) {
            if (p == person) {
                return true;
            }
        }
        return false;
    }
}
