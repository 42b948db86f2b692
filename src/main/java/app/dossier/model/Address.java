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

    /**
     * The reverse of {@link #display()}: "Name &lt;address&gt;", a bare address (it has an @), or a
     * bare name (a person noted without an address).
     */
    public static Address fromDisplay(String display) {
        String text = display == null ? "" : display.strip();
        int lt = text.lastIndexOf('<');
        int gt = text.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            return new Address(text.substring(0, lt).replace("\"", ""), text.substring(lt + 1, gt));
        }
        return text.contains("@") ? new Address("", text) : new Address(text, "");
    }

    /** Who this is, for telling people apart: the address in lower case, or the name when there is none. */
    public String identity() {
        return email.isEmpty() ? name.toLowerCase(Locale.ROOT) : normalizedEmail();
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
