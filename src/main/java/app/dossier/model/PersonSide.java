package app.dossier.model;

import java.util.Objects;

/**
 * A person of the case and the side they are on: {@code side} as it counts (the user's choice,
 * else the suggestion), {@code suggested} from the mail domains, {@code chosen} whether the user set
 * it, and {@code me} whether the address is one of the user's own. {@code address} is lower case.
 */
public record PersonSide(String address, String name, Side side, Side suggested, boolean chosen, boolean me,
                         int messages) {
    public PersonSide {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(suggested, "suggested");
        name = name == null ? "" : name;
    }

    public String display() {
        return new Address(name, address).display();
    }
}
