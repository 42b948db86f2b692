package app.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A fact derived about an event, kept as a type and its arguments (text, numbers, times, kinds)
 * rather than as an English sentence, so it can be said in German or English. {@code unreviewed}
 * says it rests on events nobody has reviewed yet: shown with that caveat wherever it is said.
 */
public record Fact(FactType type, List<Object> args, boolean unreviewed) {
    public Fact {
        Objects.requireNonNull(type, "type");
        args = List.copyOf(args);
    }

    public Fact(FactType type, List<Object> args) {
        this(type, args, false);
    }

    /** The same fact, marked as resting on events nobody has reviewed. */
    public Fact asUnreviewed() {
        return new Fact(type, args, true);
    }

    public static Fact of(FactType type, Object... args) {
        return new Fact(type, List.of(args));
    }

    /** Whether this is one of the paper-trail findings that flag a gap. */
    public boolean isGap() {
        return switch (type) {
            case NO_REQUEST, WARNING_NOT_REACHED, APPROVAL_AFTER, NO_APPROVAL, NOT_ESCALATED -> true;
            default -> false;
        };
    }

    /** Whether this finding says "not found for sure — check these": neither a gap nor a good sign. */
    public boolean isUnsure() {
        return switch (type) {
            case REQUEST_UNSURE, WARNING_UNSURE, APPROVAL_UNSURE, WARNING_REACH_UNSURE -> true;
            default -> false;
        };
    }
}
