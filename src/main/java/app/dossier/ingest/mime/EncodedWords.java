package app.dossier.ingest.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words as mailers really write them: with an RFC 2231 language after the
 * charset ({@code =?utf-8*sl?Q?…?=}), several words glued together without the space between
 * them, and one character's bytes split across two words. Adjacent words in one charset are
 * joined as bytes before decoding, so the split character survives.
 */
public final class EncodedWords {
    private static final Pattern NOT_BASE64 = Pattern.compile("[^A-Za-z0-9+/]");
    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([QqBb])\\?([^?]*)\\?=");

    private EncodedWords() {
    }

    public static String decode(String text) {
        if (text == null || !text.contains("=?")) {
            return text == null ? "" : text;
        }
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = WORD.matcher(text);
        int last = 0;
        String runCharset = null;
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        while (m.find()) {
            String between = text.substring(last, m.start());
            boolean adjacent = runCharset != null && between.isBlank();
            String charset = m.group(1);
            int star = charset.indexOf('*');
            if (star >= 0) {
                charset = charset.substring(0, star); // RFC 2231 language tag
            }
            charset = charset.toLowerCase(Locale.ROOT);
            if (!adjacent || !charset.equals(runCharset)) {
                flush(out, run, runCharset);
                if (!adjacent) {
                    out.append(between);
                }
                runCharset = charset;
            }
            bytes(m.group(2), m.group(3), run);
            last = m.end();
        }
        flush(out, run, runCharset);
        out.append(text, last, text.length());
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream run, String charset) {
        if (run.size() == 0) {
            return;
        }
        Charset cs = Charsets.lookupDeclared(charset).orElse(null);
        out.append(Charsets.decode(run.toByteArray(), cs));
        run.reset();
    }

    private static void bytes(String encoding, String data, ByteArrayOutputStream out) {
        if (encoding.equalsIgnoreCase("B")) {
            String clean = NOT_BASE64.matcher(data).replaceAll("");
            while (clean.length() % 4 != 0) {
                clean = clean.length() % 4 == 1 ? clean.substring(0, clean.length() - 1) : clean + "=";
            }
            try {
                out.writeBytes(Base64.getDecoder().decode(clean));
            } catch (IllegalArgumentException e) {
                out.writeBytes(data.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            }
            return;
        }
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < data.length()
                    && Character.digit(data.charAt(i + 1), 16) >= 0 && Character.digit(data.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(data.charAt(i + 1), 16) * 16 + Character.digit(data.charAt(i + 2), 16));
                i += 2;
            } else if (c < 256) {
                out.write(c);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
