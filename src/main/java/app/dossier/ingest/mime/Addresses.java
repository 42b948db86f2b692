package app.dossier.ingest.mime;

import app.dossier.model.Address;
import java.util.ArrayList;
import java.util.List;

/**
 * Address headers into {@link Address}es, forgiving as mail clients are.
 *
 * <p>Our own scanner rather than mime4j's: mime4j 0.8.14 bounds its cursor by the string's
 * length in characters while it walks the UTF-8 bytes, so raw non-ASCII headers (RFC 6532 mail,
 * 8-bit headers of old clients) lost the end of an address and every address after it.
 * Working on characters throughout has no such mismatch.
 */
public final class Addresses {
    // Compiled once: String.replaceAll compiles its pattern on every call.
    private static final java.util.regex.Pattern SPACED_AT_OR_DOT = java.util.regex.Pattern.compile("\\s*([@.])\\s*");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\r\\n]+");
    private Addresses() {
    }

    public static List<Address> parseList(String value) {
        List<Address> result = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return result;
        }
        for (String piece : splitTopLevel(value)) {
            Address a = mailbox(piece);
            if (a != null) {
                result.add(a);
            }
        }
        if (result.isEmpty()) {
            result.add(new Address(decodeWords(value), ""));
        }
        return result;
    }

    public static Address parseOne(String value) {
        List<Address> list = parseList(value);
        return list.isEmpty() ? new Address("", "") : list.get(0);
    }

    /**
     * Splits at commas outside quotes, comments and angle brackets; a group's name ("team: a, b;")
     * is dropped and its members come out as addresses of their own.
     */
    static List<String> splitTopLevel(String value) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        boolean angle = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                current.append(c);
                if (c == '\\' && i + 1 < value.length()) {
                    current.append(value.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (depth > 0) {
                current.append(c);
                if (c == '\\' && i + 1 < value.length()) {
                    current.append(value.charAt(++i));
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    current.append(c);
                }
                case '(' -> {
                    depth = 1;
                    current.append(c);
                }
                case '<' -> {
                    angle = true;
                    current.append(c);
                }
                case '>' -> {
                    angle = false;
                    current.append(c);
                }
                case ',', ';' -> {
                    if (angle) {
                        current.append(c); // a source route "<@a,@b:x@y>"
                    } else {
                        pieces.add(current.toString());
                        current.setLength(0);
                    }
                }
                case ':' -> {
                    if (!angle && !looksLikeAddressBefore(current)) {
                        current.setLength(0); // "group name:" starts a group
                    } else {
                        current.append(c);
                    }
                }
                default -> current.append(c);
            }
        }
        pieces.add(current.toString());
        return pieces;
    }

    private static boolean looksLikeAddressBefore(StringBuilder text) {
        return text.indexOf("@") >= 0;
    }

    /** One mailbox: "Name <addr>", "addr (Name)", "addr", or a bare name; null for an empty piece. */
    static Address mailbox(String piece) {
        String text = piece.strip();
        if (text.isEmpty()) {
            return null;
        }
        StringBuilder words = new StringBuilder();
        StringBuilder comments = new StringBuilder();
        String angleAddress = null;
        boolean quotedName = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                StringBuilder q = new StringBuilder();
                i++;
                while (i < n && text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\' && i + 1 < n) {
                        i++;
                    }
                    q.append(text.charAt(i));
                    i++;
                }
                i++;
                appendWord(words, q.toString());
                quotedName = true;
            } else if (c == '(') {
                int depth = 1;
                StringBuilder comment = new StringBuilder();
                i++;
                while (i < n && depth > 0) {
                    char d = text.charAt(i);
                    if (d == '\\' && i + 1 < n) {
                        comment.append(text.charAt(++i));
                    } else if (d == '(') {
                        depth++;
                        comment.append(d);
                    } else if (d == ')') {
                        depth--;
                        if (depth > 0) {
                            comment.append(d);
                        }
                    } else {
                        comment.append(d);
                    }
                    i++;
                }
                appendWord(comments, comment.toString().strip());
            } else if (c == '<' && angleAddress == null) {
                int close = text.indexOf('>', i + 1);
                int end = close < 0 ? n : close;
                angleAddress = text.substring(i + 1, end);
                i = close < 0 ? n : close + 1;
            } else if (Character.isWhitespace(c)) {
                if (words.length() > 0 && words.charAt(words.length() - 1) != ' ') {
                    words.append(' ');
                }
                i++;
            } else {
                words.append(c);
                i++;
            }
        }
        String wordText = words.toString().strip();
        String comment = decodeWords(comments.toString());
        if (angleAddress != null) {
            String name = decodeWords(wordText);
            return new Address(name.isEmpty() ? comment : name, cleanAddress(angleAddress));
        }
        if (!quotedName && wordText.indexOf('@') > 0 && !wordText.contains(" ")) {
            return new Address(comment, cleanAddress(wordText));
        }
        if (!quotedName && wordText.indexOf('@') > 0) {
            // "jo @ example.com": white space around the dots and the at sign is allowed (obs-local-part)
            String joined = SPACED_AT_OR_DOT.matcher(wordText).replaceAll("$1");
            if (!joined.contains(" ")) {
                return new Address(comment, cleanAddress(joined));
            }
        }
        // No address in it: keep what is written as the name, never an address that is not there.
        String name = decodeWords(wordText);
        if (!comment.isEmpty()) {
            name = name.isEmpty() ? comment : name + " (" + comment + ")";
        }
        return name.isEmpty() ? null : new Address(name, "");
    }

    private static void appendWord(StringBuilder out, String word) {
        if (word.isEmpty()) {
            return;
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        out.append(word);
    }

    /** Drops a source route ("@relay:") and white space; "mailto:" prefixes some clients add. */
    private static String cleanAddress(String raw) {
        String a = SPACES.matcher(raw).replaceAll("");
        int colon = a.lastIndexOf(':');
        if (a.startsWith("@") && colon > 0) {
            a = a.substring(colon + 1);
        }
        if (a.regionMatches(true, 0, "mailto:", 0, 7)) {
            a = a.substring(7);
        }
        return a;
    }

    static String decodeWords(String text) {
        if (text == null) {
            return "";
        }
        String decoded = text.contains("=?") ? EncodedWords.decode(text) : text;
        return LINE_BREAKS.matcher(decoded).replaceAll(" ").strip();
    }
}
