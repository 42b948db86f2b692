package app.dossier.store;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The password of an encrypted case, or none. Held as characters so callers can wipe it.
 */
public final class CasePassword {
    private static final CasePassword NONE = new CasePassword(new char[0]);

    private final char[] characters;

    private CasePassword(char[] characters) {
        this.characters = characters;
    }

    public static CasePassword none() {
        return NONE;
    }

    /** A password from the user; an empty one means no password. */
    public static CasePassword of(char[] characters) {
        return characters == null || characters.length == 0 ? NONE : new CasePassword(characters.clone());
    }

    public boolean isPresent() {
        return characters.length > 0;
    }

    /**
     * The key material handed to H2. H2 separates file and user password with a space and
     * would truncate a password containing one, so the user's password (any characters)
     * is first hashed to hex; H2 then salts and stretches that itself.
     */
    char[] h2FilePassword() {
        try {
            var bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(characters));
            byte[] raw = new byte[bytes.remaining()];
            bytes.get(raw);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            Arrays.fill(raw, (byte) 0);
            return HexFormat.of().formatHex(digest).toCharArray();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return isPresent() ? "CasePassword[***]" : "CasePassword[none]";
    }
}
