package app.dossier.ingest.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;

/** Small helpers to write RFC 5322 / MIME text: encoded words, dates, base64 bodies. */
final class PstMimeWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss '+0000'",
            Locale.ROOT);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);

    PstMimeWriter line(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {'\r', '\n'});
        return this;
    }

    PstMimeWriter field(String name, String value) {
        if (value != null && !value.isBlank()) {
            line(name + ": " + value.replaceAll("[\\r\\n]+", " ").strip());
        }
        return this;
    }

    PstMimeWriter base64(byte[] data) {
        // The encoder's ASCII bytes as they are: through a String they were copied twice more,
        // which counts for attachments of megabytes.
        out.writeBytes(Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encode(data));
        out.writeBytes(new byte[] {'\r', '\n'});
        return this;
    }

    /**
     * Whether text can go into a MIME part as 8bit unchanged: every line break CRLF (no bare CR or LF,
     * which 8bit would not carry as they are), no NUL, no line over RFC 5322's 998 bytes.
     */
    static boolean fitsEightBit(String text) {
        int lineBytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    return false;
                }
                i++;
                lineBytes = 0;
                continue;
            }
            if (c == '\n' || c == 0) {
                return false;
            }
            lineBytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            if (lineBytes > 998) {
                return false;
            }
        }
        return true;
    }

    PstMimeWriter raw(byte[] data) {
        out.writeBytes(data);
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    /** Header text: plain when ASCII, else one RFC 2047 encoded word per chunk. */
    static String encoded(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replaceAll("[\\r\\n]+", " ").strip();
        if (clean.chars().allMatch(c -> c >= 32 && c < 127)) {
            return clean;
        }
        StringBuilder result = new StringBuilder();
        int i = 0;
        while (i < clean.length()) {
            int end = Math.min(clean.length(), i + 30);
            if (end < clean.length() && Character.isHighSurrogate(clean.charAt(end - 1))) {
                end--;
            }
            if (result.length() > 0) {
                result.append(' ');
            }
            result.append("=?UTF-8?B?").append(Base64.getEncoder().encodeToString(
                    clean.substring(i, end).getBytes(StandardCharsets.UTF_8))).append("?=");
            i = end;
        }
        return result.toString();
    }

    /** "Name <address>", or the name alone when there is no SMTP address: never an address that is not there. */
    static String mailbox(String name, String email) {
        String n = name == null ? "" : name.strip();
        String e = email == null ? "" : email.strip();
        boolean smtp = e.contains("@") && !e.contains(" ") && !e.startsWith("/");
        if (!smtp) {
            return n.isEmpty() ? "" : quoted(n);
        }
        return n.isEmpty() || n.equalsIgnoreCase(e) ? e : quoted(n) + " <" + e + ">";
    }

    private static String quoted(String name) {
        String enc = encoded(name);
        if (enc.startsWith("=?")) {
            return enc;
        }
        return "\"" + enc.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String date(Date date) {
        return date == null ? null : DATE.format(date.toInstant().atOffset(ZoneOffset.UTC));
    }

    /** A file name parameter: RFC 2231 when not plain ASCII. */
    static String fileNameParameter(String name) {
        if (name.chars().allMatch(c -> c > 32 && c < 127 && c != '"' && c != '\\')) {
            return "filename=\"" + name + "\"";
        }
        StringBuilder pct = new StringBuilder("filename*=UTF-8''");
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                    || c == '_') {
                pct.append((char) c);
            } else {
                pct.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return pct.toString();
    }
}
