package app.dossier.ingest.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Parameters of Content-Type and Content-Disposition, including RFC 2231 continuations and
 * charsets ({@code filename*0*=utf-8''…}) and RFC 2047 words inside quoted values, which many
 * mailers use for file names although the standard forbids it.
 */
public final class HeaderParameters {
    private HeaderParameters() {
    }

    /** The value before the first ';', lower case: "text/plain", "attachment". */
    public static String mainValue(String header) {
        if (header == null) {
            return "";
        }
        int semi = header.indexOf(';');
        return (semi < 0 ? header : header.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** Parameter names in lower case mapped to decoded values. */
    public static Map<String, String> parse(String header) {
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String[]>> continued = new LinkedHashMap<>();
        if (header == null) {
            return plain;
        }
        int semi = header.indexOf(';');
        if (semi < 0) {
            return plain;
        }
        String rest = header.substring(semi + 1);
        int i = 0;
        int n = rest.length();
        while (i < n) {
            while (i < n && (rest.charAt(i) == ';' || Character.isWhitespace(rest.charAt(i)))) {
                i++;
            }
            int nameStart = i;
            while (i < n && rest.charAt(i) != '=' && rest.charAt(i) != ';') {
                i++;
            }
            String name = rest.substring(nameStart, i).strip().toLowerCase(Locale.ROOT);
            if (i >= n || rest.charAt(i) == ';') {
                continue;
            }
            i++; // '='
            while (i < n && Character.isWhitespace(rest.charAt(i))) {
                i++;
            }
            String value;
            if (i < n && rest.charAt(i) == '"') {
                StringBuilder quoted = new StringBuilder();
                i++;
                while (i < n && rest.charAt(i) != '"') {
                    if (rest.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    quoted.append(rest.charAt(i));
                    i++;
                }
                i++;
                value = quoted.toString();
            } else {
                int valueStart = i;
                while (i < n && rest.charAt(i) != ';') {
                    i++;
                }
                value = rest.substring(valueStart, i).strip();
            }
            if (name.isEmpty()) {
                continue;
            }
            int star = name.indexOf('*');
            if (star < 0) {
                plain.putIfAbsent(name, value);
            } else {
                String base = name.substring(0, star);
                String suffix = name.substring(star + 1);
                boolean encoded = suffix.endsWith("*") || suffix.isEmpty();
                String number = suffix.replace("*", "");
                int index = number.isEmpty() ? 0 : parseIndex(number);
                continued.computeIfAbsent(base, k -> new TreeMap<>()).put(index,
                        new String[] {value, encoded ? "1" : "0"});
            }
        }
        Map<String, String> result = new LinkedHashMap<>();
        plain.forEach((k, v) -> result.put(k, EncodedWords.decode(v)));
        continued.forEach((name, parts) -> result.put(name, joinRfc2231(parts)));
        return result;
    }

    private static int parseIndex(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String joinRfc2231(TreeMap<Integer, String[]> parts) {
        Charset charset = StandardCharsets.UTF_8;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean first = true;
        for (String[] part : parts.values()) {
            String value = part[0];
            boolean encoded = "1".equals(part[1]);
            if (first && encoded) {
                int q1 = value.indexOf('\'');
                int q2 = q1 < 0 ? -1 : value.indexOf('\'', q1 + 1);
                if (q2 > 0) {
                    charset = Charsets.lookup(value.substring(0, q1)).orElse(StandardCharsets.UTF_8);
                    value = value.substring(q2 + 1);
                }
            }
            first = false;
            if (encoded) {
                percentDecode(value, bytes);
            } else {
                bytes.writeBytes(value.getBytes(charset));
            }
        }
        return Charsets.decode(bytes.toByteArray(), charset);
    }

    private static void percentDecode(String value, ByteArrayOutputStream out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()
                    && Character.digit(value.charAt(i + 1), 16) >= 0 && Character.digit(value.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(value.charAt(i + 1), 16) * 16 + Character.digit(value.charAt(i + 2), 16));
                i += 2;
            } else {
                out.write(c < 256 ? c : '?');
            }
        }
    }
}
