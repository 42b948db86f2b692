package app.dossier.ingest.mime;

import app.dossier.model.Attachment;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;

/**
 * Walks the MIME tree: the first readable text/plain is the body, the first text/html its HTML
 * twin, everything with a file name or a non-text type is an attachment (size and SHA-256 of
 * the decoded bytes). Attached Outlook items are handed out to be imported as messages of their own.
 */
final class BodyCollector extends AbstractContentHandler {
    /** A header line break with its folding white space (compiled once, not per header). */
    private static final java.util.regex.Pattern FOLD = java.util.regex.Pattern.compile("\\r?\\n[ \\t]+");
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final MimeMessageParser.EmbeddedPartReader embeddedParts;
    private final Deque<String> multiparts = new ArrayDeque<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private final List<ParsedMessage.EmbeddedItem> embedded = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private byte[] htmlBytes;
    private java.nio.charset.Charset htmlCharset;
    private String html;
    private String contentType;
    private String contentDisposition;
    private boolean damaged;
    private boolean charsetGuessed;
    private boolean attachedMailsAsItems;
    private boolean structureBroken;
    private final Deque<int[]> partCounts = new ArrayDeque<>();
    private final Deque<byte[]> preambles = new ArrayDeque<>();
    private final int keepOrdinal;
    private byte[] kept;

    BodyCollector(MimeMessageParser.EmbeddedPartReader embeddedParts) {
        this(embeddedParts, -1);
    }

    /** A collector that also keeps the decoded bytes of attachment {@code keepOrdinal}. */
    BodyCollector(MimeMessageParser.EmbeddedPartReader embeddedParts, int keepOrdinal) {
        this.embeddedParts = embeddedParts;
        this.keepOrdinal = keepOrdinal;
    }

    /**
     * Also hands out attached mails (message/rfc822) to be imported as messages of their own: for
     * items converted from an Outlook data file, where an attached item is an Outlook item like any other.
     */
    BodyCollector withAttachedMailsAsItems() {
        attachedMailsAsItems = true;
        return this;
    }

    byte[] kept() {
        return kept;
    }

    @Override
    public void startHeader() {
        contentType = null;
        contentDisposition = null;
    }

    @Override
    public void field(Field field) {
        String name = field.getName();
        if (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Disposition")) {
            String value;
            if (field.getRaw() != null) {
                byte[] raw = field.getRaw().toByteArray();
                String whole = HeaderBlock.decode(raw, 0, raw.length);
                int colon = whole.indexOf(':');
                value = FOLD.matcher(whole.substring(colon + 1)).replaceAll(" ").strip();
            } else {
                value = field.getBody();
            }
            if (name.equalsIgnoreCase("Content-Type")) {
                contentType = value;
            } else {
                contentDisposition = value;
            }
        }
    }

    @Override
    public void startMultipart(BodyDescriptor bd) {
        multiparts.push(bd.getMimeType() == null ? "multipart/mixed" : bd.getMimeType().toLowerCase());
        partCounts.push(new int[1]);
        preambles.push(new byte[0]);
    }

    @Override
    public void startBodyPart() {
        int[] count = partCounts.peek();
        if (count != null) {
            count[0]++;
        }
    }

    @Override
    public void preamble(InputStream is) throws IOException {
        byte[] bytes = is.readAllBytes();
        if (!preambles.isEmpty()) {
            preambles.pop();
            preambles.push(bytes);
        }
    }

    @Override
    public void endMultipart() {
        multiparts.poll();
        int[] count = partCounts.poll();
        byte[] preamble = preambles.poll();
        if (count != null && count[0] == 0 && preamble != null && preamble.length > 0) {
            // The boundary never matched: everything is "preamble". Showing it raw beats showing nothing.
            structureBroken = true;
            if (!isAscii(preamble)) {
                charsetGuessed = true;
            }
            String raw = Charsets.decode(preamble, null).replace("\r\n", "\n");
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(raw);
        }
    }

    /** Whether a multipart's boundary never matched, so its raw text stands in for its parts. */
    boolean structureBroken() {
        return structureBroken;
    }

    @Override
    public void body(BodyDescriptor bd, InputStream is) throws IOException {
        byte[] bytes;
        try {
            bytes = is.readAllBytes();
        } catch (IOException | RuntimeException e) {
            damaged = true;
            return;
        }
        String mimeType = bd.getMimeType() == null ? "text/plain" : bd.getMimeType().toLowerCase();
        Map<String, String> typeParams = HeaderParameters.parse(contentType);
        Map<String, String> dispositionParams = HeaderParameters.parse(contentDisposition);
        String disposition = HeaderParameters.mainValue(contentDisposition);
        String fileName = firstNonBlank(dispositionParams.get("filename"), typeParams.get("name"));
        boolean isText = mimeType.equals("text/plain") || mimeType.equals("text/html");
        boolean attachment = disposition.equals("attachment") || (fileName != null && isText)
                || (!isText && !mimeType.startsWith("multipart/"));
        if (!attachment) {
            // Only the charset the part itself declares: mime4j's descriptor reports its default
            // "us-ascii" for parts that declare none, which would pass a guess off as a declaration.
            Charset charset = Charsets.lookupDeclared(typeParams.get("charset")).orElse(null);
            if (charset == null && !isAscii(bytes)) {
                charsetGuessed = true;
            } else if (Charsets.contradictsDeclared(bytes, charset)) {
                charset = null; // read UTF-8-first, flagged: the label cannot be right
                charsetGuessed = true;
            }
            if (mimeType.equals("text/html")) {
                // Decoded only when asked for: most mail has a plain twin, and import does not need the HTML.
                if (htmlBytes == null) {
                    htmlBytes = bytes;
                    htmlCharset = charset;
                }
            } else {
                addText(Charsets.decode(bytes, charset).replace("\r\n", "\n"), typeParams);
            }
            return;
        }
        if (mimeType.equals("message/rfc822") && fileName == null) {
            String embeddedSubject = HeaderBlock.parse(bytes).first("Subject").map(Addresses::decodeWords).orElse("");
            fileName = (embeddedSubject.isBlank() ? "message" : embeddedSubject) + ".eml";
        }
        int ordinal = attachments.size();
        if (ordinal == keepOrdinal) {
            kept = bytes;
        }
        attachments.add(new Attachment(ordinal, fileName, mimeType, bytes.length, Sha256.hex(bytes)));
        if (startsWith(bytes, OLE2) && (mimeType.contains("outlook") || (fileName != null
                && fileName.toLowerCase().endsWith(".msg")))) {
            embedded.add(new ParsedMessage.EmbeddedItem(bytes, fileName, true));
        } else if (attachedMailsAsItems && mimeType.equals("message/rfc822")) {
            embedded.add(new ParsedMessage.EmbeddedItem(bytes, fileName, false));
        } else if (mimeType.equals("application/ms-tnef") || "winmail.dat".equalsIgnoreCase(fileName)) {
            attachments.addAll(embeddedParts.tnefContents(bytes, attachments.size()));
        }
    }

    private void addText(String decoded, Map<String, String> typeParams) {
        boolean alternative = "multipart/alternative".equals(multiparts.peek());
        if (text.length() > 0 && alternative) {
            return; // a second plain alternative adds nothing
        }
        String value = decoded;
        if ("flowed".equalsIgnoreCase(typeParams.getOrDefault("format", ""))) {
            value = FlowedText.unflow(value, "yes".equalsIgnoreCase(typeParams.getOrDefault("delsp", "")));
        }
        if (text.length() > 0) {
            text.append('\n');
        }
        text.append(value);
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b == null || b.isBlank() ? null : b.strip();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    String text() {
        return text.toString();
    }

    String html() {
        if (html == null) {
            html = htmlBytes == null ? "" : Charsets.decode(htmlBytes, htmlCharset).replace("\r\n", "\n");
        }
        return html;
    }

    boolean hasHtml() {
        return htmlBytes != null;
    }

    List<Attachment> attachments() {
        return attachments;
    }

    List<ParsedMessage.EmbeddedItem> embedded() {
        return embedded;
    }

    /** Whether a text part with 8-bit bytes declared no charset, so that its reading was a guess. */
    boolean charsetGuessed() {
        return charsetGuessed;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    boolean damaged() {
        return damaged;
    }
}
