package app.dossier.ingest.mime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Charset names as mailers write them, and decoding that never throws. */
public final class Charsets {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<String, String> ALIASES = Map.of(
            "utf8", "UTF-8", "latin1", "ISO-8859-1", "latin-1", "ISO-8859-1", "iso-8859-8-i", "ISO-8859-8",
            "ks_c_5601-1987", "EUC-KR", "x-unknown", "", "unknown-8bit", "", "ansi_x3.4-1968", "US-ASCII",
            "cp-850", "IBM850", "gb2312", "GBK");

    private Charsets() {
    }

    public static Optional<Charset> lookup(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String clean = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        String alias = ALIASES.get(clean);
        if (alias != null) {
            clean = alias;
        }
        if (clean.isEmpty()) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(clean);
            // Mail labelled ISO-8859-1 or US-ASCII is very often really Windows-1252 (curly quotes, €).
            if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
                return Optional.of(WINDOWS_1252);
            }
            return Optional.of(charset);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The charset a part declares, for decoding its body. US-ASCII cannot carry 8-bit bytes, so a
     * part labelled so that has them was mislabelled: it is read like an undeclared one.
     */
    public static Optional<Charset> lookupDeclared(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String clean = name.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (clean.equals("us-ascii") || clean.equals("ascii") || clean.equals("ansi_x3.4-1968") || clean.equals("us")) {
            return Optional.empty();
        }
        return lookup(name);
    }

    /**
     * Whether {@code bytes} cannot be {@code declared} text but are valid UTF-8: a declaration the
     * bytes prove wrong (a GB2312 label on UTF-8 text). Only then is the declaration overruled.
     */
    static boolean contradictsDeclared(byte[] bytes, Charset declared) {
        if (declared == null || declared.equals(StandardCharsets.UTF_8) || isAscii(bytes)) {
            return false;
        }
        return !decodesStrictly(bytes, declared) && decodesStrictly(bytes, StandardCharsets.UTF_8);
    }

    private static boolean decodesStrictly(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Decodes with the declared charset; undeclared or unknown ones try UTF-8, then Windows-1252. */
    public static String decode(byte[] bytes, Charset declared) {
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, declared);
        }
        // The JDK's UTF-8 decoding is fast; a replacement character in the result that the bytes
        // did not spell out themselves means the text was not UTF-8 after all.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (declared == null && text.indexOf('\uFFFD') >= 0 && !containsEncodedReplacement(bytes)) {
            return new String(bytes, WINDOWS_1252);
        }
        return text;
    }

    private static boolean containsEncodedReplacement(byte[] bytes) {
        for (int i = 0; i + 2 < bytes.length; i++) {
            if ((bytes[i] & 0xff) == 0xEF && (bytes[i + 1] & 0xff) == 0xBF && (bytes[i + 2] & 0xff) == 0xBD) {
                return true;
            }
        }
        return false;
    }
}
