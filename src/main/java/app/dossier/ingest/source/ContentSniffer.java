package app.dossier.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Tells what a file is from its first bytes, not its name: users rename files, exports mislabel them. */
public final class ContentSniffer {
    /** What a file holds. */
    public enum Kind { MBOX, MESSAGE, OUTLOOK_MSG, OUTLOOK_PST, TNEF, NOTE, EMPTY, UNKNOWN }

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] PST = {'!', 'B', 'D', 'N'};
    /** TNEF's signature 0x223E9F78, little-endian. */
    private static final byte[] TNEF = {0x78, (byte) 0x9F, 0x3E, 0x22};
    private static final Pattern NOTE_DATE = Pattern.compile("^Date:\\s*\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+)?.*");
    private static final Pattern HEADER = Pattern.compile("^[\\x21-\\x39\\x3b-\\x7e]{1,200}:.*");
    private static final int HEAD = 8192;

    private ContentSniffer() {
    }

    public static Kind sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        return sniff(head, file.getFileName() == null ? "" : file.getFileName().toString());
    }

    static Kind sniff(byte[] head, String fileName) {
        if (head.length == 0) {
            return Kind.EMPTY;
        }
        if (startsWith(head, 0, OLE2)) {
            return Kind.OUTLOOK_MSG;
        }
        if (startsWith(head, 0, PST)) {
            return Kind.OUTLOOK_PST; // .pst and .ost share the "!BDN" header
        }
        if (startsWith(head, 0, TNEF)) {
            return Kind.TNEF;
        }
        int start = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF ? 3 : 0;
        String text = new String(head, start, head.length - start, StandardCharsets.ISO_8859_1);
        if (text.startsWith("From ")) {
            return Kind.MBOX;
        }
        String firstLine = text.lines().findFirst().orElse("");
        if (NOTE_DATE.matcher(firstLine).matches()) {
            return Kind.NOTE;
        }
        // Skip leading blank lines some tools write before the headers.
        String firstContent = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (HEADER.matcher(firstContent).matches()) {
            return Kind.MESSAGE;
        }
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if ((lower.endsWith(".md") || lower.endsWith(".txt")) && !text.isBlank() && isMostlyText(head)) {
            return Kind.NOTE;
        }
        if (lower.endsWith(".eml") && isMostlyText(head)) {
            return Kind.MESSAGE; // a message without proper headers; the parser keeps what it can
        }
        return Kind.UNKNOWN;
    }

    private static boolean isMostlyText(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xff;
            if (c < 9 || (c > 13 && c < 32)) {
                control++;
            }
        }
        return control * 20 < head.length;
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (data.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
