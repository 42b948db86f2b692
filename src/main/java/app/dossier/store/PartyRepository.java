package app.dossier.store;

import app.dossier.model.Side;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Who the user is in this case (their addresses) and the side the user put each person on. */
public final class PartyRepository {
    private final CaseStore store;

    public PartyRepository(CaseStore store) {
        this.store = store;
    }

    /** The user's own addresses, lower case; empty until the user (or a suggestion they took) set them. */
    public Set<String> me() {
        return store.read(c -> {
            Set<String> addresses = new LinkedHashSet<>();
            try (PreparedStatement s = c.prepareStatement("SELECT address FROM case_me ORDER BY address");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    addresses.add(rs.getString(1));
                }
            }
            return addresses;
        });
    }

    public void setMe(Collection<String> addresses) {
        store.inTransaction(c -> {
            c.createStatement().executeUpdate("DELETE FROM case_me");
            try (PreparedStatement s = c.prepareStatement("MERGE INTO case_me (address) KEY (address) VALUES (?)")) {
                for (String a : addresses) {
                    if (!a.isBlank()) {
                        s.setString(1, ImportStatements.cut(a.strip().toLowerCase(Locale.ROOT), 1000));
                        s.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** The sides the user chose, by lower-case address. */
    public Map<String, Side> sides() {
        return store.read(c -> {
            Map<String, Side> sides = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT address, side FROM person_sides");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    try {
                        sides.put(rs.getString(1), Side.valueOf(rs.getString(2)));
                    } catch (IllegalArgumentException e) {
                        // a side of a newer version: the suggestion applies
                    }
                }
            }
            return sides;
        });
    }

    /** Puts a person on a side; {@code null} goes back to the suggestion. */
    public void setSide(String address, Side side) {
        String key = address.strip().toLowerCase(Locale.ROOT);
        store.inTransaction(c -> {
            if (side == null) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM person_sides WHERE address = ?")) {
                    s.setString(1, key);
                    return s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("MERGE INTO person_sides (address, side) KEY (address) "
                    + "VALUES (?, ?)")) {
                s.setString(1, ImportStatements.cut(key, 1000));
                s.setString(2, side.name());
                return s.executeUpdate();
            }
        });
    }
}
