package app.dossier.ingest.msg;

import app.dossier.ingest.mime.MimeMessageParser;
import app.dossier.ingest.mime.ParsedMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.hmef.Attachment;
import org.apache.poi.hmef.HMEFMessage;
import org.apache.poi.hmef.attribute.TNEFAttribute;
import org.apache.poi.hmef.attribute.TNEFDateAttribute;
import org.apache.poi.hmef.attribute.TNEFProperty;

/**
 * A stand-alone winmail.dat (TNEF) read with POI HMEF as a message: its subject, body and
 * attached files. The file itself stays the original; the message is read from a MIME
 * rendering of it, made again whenever it is shown, which says in a header that it is one.
 */
public final class TnefMessages {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss '+0000'",
            Locale.ROOT);

    private final MimeMessageParser mimeParser;

    public TnefMessages(MimeMessageParser mimeParser) {
        this.mimeParser = mimeParser;
    }

    public Optional<ParsedMessage> parse(byte[] tnef) {
        return asMime(tnef).map(mimeParser::parse);
    }

    /** The TNEF file as a MIME message, or empty when it cannot be read. */
    public static Optional<byte[]> asMime(byte[] tnef) {
        HMEFMessage message;
        try {
            message = new HMEFMessage(new ByteArrayInputStream(tnef));
        } catch (Exception | StackOverflowError e) {
            return Optional.empty();
        }
        try {
            StringBuilder head = new StringBuilder();
            String subject = message.getSubject();
            if (subject != null && !subject.isBlank()) {
                head.append("Subject: =?UTF-8?B?").append(Base64.getEncoder().encodeToString(
                        subject.strip().getBytes(StandardCharsets.UTF_8))).append("?=\r\n");
            }
            TNEFAttribute sent = message.getMessageAttribute(TNEFProperty.ID_DATESENT);
            Date date = sent instanceof TNEFDateAttribute d ? d.getDate() : null;
            if (date != null) {
                head.append("Date: ").append(DATE.format(date.toInstant().atOffset(ZoneOffset.UTC))).append("\r\n");
            }
            head.append("X-Dossier-Converted: from a stand-alone winmail.dat (TNEF); the file itself is the original\r\n");
            String boundary = "tnef-" + UUID.randomUUID();
            head.append("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"").append(boundary)
                    .append("\"\r\n\r\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
            String body = message.getBody();
            if (body != null && body.strip().startsWith("{\\rtf")) {
                body = OutlookParser.rtfToText(body);
            }
            part(out, boundary, "text/plain; charset=utf-8", null,
                    (body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
            for (Attachment a : message.getAttachments()) {
                String name = a.getLongFilename() != null ? a.getLongFilename() : a.getFilename();
                byte[] contents = a.getContents();
                part(out, boundary, "application/octet-stream", name == null ? "file" : name,
                        contents == null ? new byte[0] : contents);
            }
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return Optional.of(out.toByteArray());
        } catch (Exception | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static void part(ByteArrayOutputStream out, String boundary, String type, String fileName, byte[] data) {
        StringBuilder h = new StringBuilder("--").append(boundary).append("\r\nContent-Type: ").append(type)
                .append("\r\nContent-Transfer-Encoding: base64\r\n");
        if (fileName != null) {
            h.append("Content-Disposition: attachment; filename*=UTF-8''")
                    .append(java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                    .append("\r\n");
        }
        h.append("\r\n");
        out.writeBytes(h.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encodeToString(data)
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {'\r', '\n'});
    }
}
