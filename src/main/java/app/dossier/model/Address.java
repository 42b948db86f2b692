package app.dossier.model;

import java.util.Locale;
import java.util.Objects;

/** A mailbox as written in a header: display name (may be empty) and address (may be empty when unparsable). */
public record Address(String name, String email) {
    public Address {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
    }

    /** The address in lower case, for comparing people across messages. */
    public String normalizedEmail() {
        return email.toLowerCase(Locale.ROOT);
    }

    /** The domain part of the address, lower case, or empty. */
    public String domain() {
        int at = email.lastIndexOf('@');
        return at < 0 ? "" : email.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** "Name <address>", or whichever of the two is present. */
    public String display() {
        if (name.isEmpty()) {
            return email;
        }
        if (email.isEmpty() || Objects.equals(name, email)) {
            return name;
        }
        return name + " <" + email + ">";
    }
}
