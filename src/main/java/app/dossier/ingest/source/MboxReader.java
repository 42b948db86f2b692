package app.dossier.ingest.source;

import app.dossier.model.ItemFormat;

import app.dossier.model.ImportFailure;
import app.dossier.model.SourceKind;
import app.dossier.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Splits an mbox file into messages at the byte level, streaming, so any size imports in
 * bounded memory. The rules (docs/decisions/0004-mbox-originals.md):
 * <ul>
 *   <li>A separator is a line starting with {@code "From "} at the start of the file, or after a
 *       blank line when it carries an asctime date, is {@code "From -"}, or is followed by a
 *       header line; body lines such as "From Russia with love" therefore stay in the body.</li>
 *   <li>The separator line itself and the one blank line before the next separator belong to
 *       the mailbox, not the message; the separator is kept as the source's detail.</li>
 *   <li>Lines matching {@code ^>+From } lose one {@code >} (mboxrd), in every variant.</li>
 *   <li>A valid Content-Length (mboxcl/cl2) that ends exactly at a separator or the end of the
 *       file wins over the line rules, so unescaped "From " lines inside such messages do not split them.</li>
 * </ul>
 */
public final class MboxReader implements SourceReader {
    static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern ASCTIME = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun) +(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\\d{1,2} +\\d{1,2}:\\d{2}");
    private static final Pattern HEADER_LINE = Pattern.compile("^[\\x21-\\x39\\x3b-\\x7e]+:.*", Pattern.DOTALL);
    private static final Pattern SENDER_ONLY = Pattern.compile("From \\S+");
    private static final Pattern CONTENT_LENGTH = Pattern.compile("(?i)^content-length:\\s*(\\d{1,12})\\s*$");
    /** A single message larger than this is reported rather than held in memory. */
    static final int MAX_MESSAGE_BYTES = 512 * 1024 * 1024;

    private final Path file;
    private final long size;

    public MboxReader(Path file) throws IOException {
        this.file = file;
        this.size = Files.size(file);
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void read(ItemSink sink) throws IOException, InterruptedException {
        try (InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long start = skipBom(raw);
            new Splitter(new ByteLineReader(raw, start), sink).run();
        }
    }

    private static long skipBom(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (head.length == 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            return 3;
        }
        in.reset();
        return 0;
    }

    static boolean isSeparator(ByteLineReader.Line line, boolean afterBlank, ByteLineReader.Line next) {
        if (!line.startsWith(FROM)) {
            return false;
        }
        String text = new String(line.bytes(), StandardCharsets.ISO_8859_1).stripTrailing();
        boolean dated = ASCTIME.matcher(text).find();
        boolean dash = text.equals("From -") || text.startsWith("From - ");
        boolean headerFollows = next != null && HEADER_LINE.matcher(
                new String(next.bytes(), StandardCharsets.ISO_8859_1)).matches() && !next.startsWith(FROM);
        // "From Russia with love" followed by "Year: 1963" is a body line: an envelope line holds
        // one sender token, optionally followed by a date, and nothing else.
        boolean envelopeShaped = dated || dash || SENDER_ONLY.matcher(text).matches();
        return afterBlank ? envelopeShaped && (dated || dash || headerFollows) : (dated || dash) && headerFollows;
    }

    private final class Splitter {
        private final ByteLineReader lines;
        private final ItemSink sink;
        private boolean previousBlank = true;
        /** One buffer for every message of the mailbox: a fresh one per message was gigabytes of garbage. */
        private final GrowableBytes message = new GrowableBytes(1 << 16);

        Splitter(ByteLineReader lines, ItemSink sink) {
            this.lines = lines;
            this.sink = sink;
        }

        void run() throws IOException, InterruptedException {
            ByteLineReader.Line first = lines.peek();
            if (first != null && !first.startsWith(FROM)) {
                // Text before the first separator: keep it as a message of its own rather than drop it.
                readMessage(first.offset(), "", false);
            }
            ByteLineReader.Line line;
            while (!sink.cancelled() && (line = lines.next()) != null) {
                String separator = new String(line.bytes(), StandardCharsets.ISO_8859_1).strip();
                readMessage(line.offset(), separator, true);
            }
        }

        /** Reads one message body after its separator (if any) up to the next separator. */
        private void readMessage(long offset, String separator, boolean hadSeparator) throws IOException, InterruptedException {
            message.reset();
            boolean tooLarge = false;
            long contentLength = -1;
            boolean inHeaders = true;
            previousBlank = false;
            ByteLineReader.Line line;
            while ((line = lines.peek()) != null) {
                // Only a "From " line can be a separator: the look-ahead it needs is not fetched for every line.
                if (line.startsWith(FROM)
                        && isSeparator(line, previousBlank || message.size() == 0 && !hadSeparator, lines.peekAfter())) {
                    break;
                }
                lines.next();
                if (inHeaders) {
                    if (line.isBlank()) {
                        inHeaders = false;
                        if (contentLength >= 0) {
                            if (tryContentLength(message, line, contentLength)) {
                                emit(message, offset, separator, false);
                                return;
                            }
                            previousBlank = true;
                            continue;
                        }
                    } else if (mayBeContentLength(line.bytes())) {
                        var m = CONTENT_LENGTH.matcher(new String(line.bytes(), StandardCharsets.ISO_8859_1).strip());
                        if (m.matches()) {
                            contentLength = Long.parseLong(m.group(1));
                        }
                    }
                }
                previousBlank = line.isBlank();
                if (!tooLarge) {
                    writeUnescaped(message, line.bytes());
                    tooLarge = message.size() > MAX_MESSAGE_BYTES;
                    if (tooLarge) {
                        message.reset();
                    }
                }
            }
            if (tooLarge) {
                sink.failure(new ImportFailure(new SourceRef(SourceKind.MBOX, file.toString(), offset, -1, separator),
                        app.dossier.model.FailureCode.MESSAGE_TOO_LARGE, MAX_MESSAGE_BYTES >> 20));
                return;
            }
            emit(message, offset, separator, true);
        }

        /**
         * With a Content-Length, takes exactly that many body bytes if they end at a separator
         * or at the end of the file; otherwise leaves everything for the line rules.
         */
        private boolean tryContentLength(GrowableBytes message, ByteLineReader.Line blank, long length)
                throws IOException {
            writeUnescaped(message, blank.bytes());
            long bodyStart = lines.position();
            if (length > MAX_MESSAGE_BYTES) {
                return false;
            }
            java.util.List<ByteLineReader.Line> taken = new java.util.ArrayList<>();
            long consumed = 0;
            ByteLineReader.Line line;
            while (consumed < length && (line = lines.peek()) != null) {
                taken.add(lines.next());
                consumed = lines.position() - bodyStart;
            }
            ByteLineReader.Line after = lines.peek();
            boolean endsCleanly = consumed == length && (after == null
                    || isSeparator(after, true, lines.peekAfter())
                    || after.isBlank() && (lines.peekAfter() == null || lines.peekAfter().startsWith(FROM)));
            if (endsCleanly) {
                for (ByteLineReader.Line l : taken) {
                    writeUnescaped(message, l.bytes());
                }
                if (after != null && after.isBlank()) {
                    lines.next(); // the blank line that separates messages
                }
                return true;
            }
            lines.pushBack(taken);
            previousBlank = true;
            return false;
        }

        private void emit(GrowableBytes message, long offset, String separator, boolean dropSeparatorBlank)
                throws InterruptedException {
            byte[] bytes = message.buffer();
            int length = dropSeparatorBlank ? withoutTrailingBlankLine(bytes, message.size()) : message.size();
            SourceRef source = new SourceRef(SourceKind.MBOX, file.toString(), offset, -1, separator);
            long consumed = lines.position() - offset;
            if (length == 0 || isWhitespace(bytes, length)) {
                sink.failure(new ImportFailure(source, app.dossier.model.FailureCode.EMPTY_MBOX_ENTRY));
                return;
            }
            byte[] exact = java.util.Arrays.copyOf(bytes, length); // the one copy of the message
            sink.item(new RawItem(exact, source, ItemFormat.RFC822, Math.max(consumed, exact.length)));
        }
    }

    /** A cheap test before the regular expression, which would otherwise run on every header line. */
    private static boolean mayBeContentLength(byte[] line) {
        return line.length > 15 && (line[0] == 'C' || line[0] == 'c') && (line[8] == 'L' || line[8] == 'l');
    }

    /** Drops the one blank line an mbox writer puts before the next separator ("\n\n" → "\n"). */
    static int withoutTrailingBlankLine(byte[] bytes, int length) {
        if (length >= 4 && bytes[length - 1] == '\n' && bytes[length - 2] == '\r'
                && bytes[length - 3] == '\n' && bytes[length - 4] == '\r') {
            return length - 2;
        }
        if (length >= 2 && bytes[length - 1] == '\n' && bytes[length - 2] == '\n') {
            return length - 1;
        }
        return length;
    }

    private static boolean isWhitespace(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r' && bytes[i] != '\n') {
                return false;
            }
        }
        return true;
    }

    /** mboxrd: a line {@code >...>From } is written with one {@code >} less. */
    static void writeUnescaped(GrowableBytes out, byte[] line) {
        int quotes = 0;
        while (quotes < line.length && line[quotes] == '>') {
            quotes++;
        }
        if (quotes > 0 && line.length >= quotes + FROM.length) {
            boolean from = true;
            for (int i = 0; i < FROM.length; i++) {
                if (line[quotes + i] != FROM[i]) {
                    from = false;
                    break;
                }
            }
            if (from) {
                out.write(line, 1, line.length - 1);
                return;
            }
        }
        out.write(line, 0, line.length);
    }
}
