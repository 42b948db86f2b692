package app.dossier.model;

import java.util.List;
import java.util.Objects;

/**
 * A fact derived about an event, kept as a type and its arguments (text, numbers, times, kinds)
 * rather than as an English sentence, so it can be said in German or English.
 */
public record Fact(FactType type, List<Object> args) {
    public Fact {
        Objects.requireNonNull(type, "type");
        args = List.copyOf(args);
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
}
