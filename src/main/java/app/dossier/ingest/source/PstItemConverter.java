package app.dossier.ingest.source;

import com.pff.PSTAppointment;
import com.pff.PSTAttachment;
import com.pff.PSTContact;
import com.pff.PSTException;
import com.pff.PSTMessage;
import com.pff.PSTRecipient;
import com.pff.PSTTask;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns one item of an Outlook data file into what the rest of the import reads: a mail into
 * MIME (a faithful conversion: the item's transport headers when it has them, its bodies,
 * attachments byte for byte, attached items as message/rfc822), any other item (appointment,
 * contact, task, sticky note) into a note. The converted bytes say in a header that they are a
 * conversion and where the item sits in the PST.
 */
final class PstItemConverter {
    static final String CONVERTED_HEADER = "X-Dossier-Converted";
    private static final int MAX_EMBEDDED_DEPTH = 4;
    private static final int ATTACHMENT_METHOD_EMBEDDED = 5;
    /** Fields of the original header that describe a body we rebuild, so they cannot be kept. */
    private static final Set<String> BODY_FIELDS = Set.of("content-type", "content-transfer-encoding", "mime-version",
            "content-disposition", "content-id", "content-description", "content-length", "lines");
    private static final Pattern FIELD_START = Pattern.compile("^[!-9;-~]+:.*");

    /** What an item became: a mail as MIME, or a note in Dossier's note format. */
    record Converted(byte[] bytes, boolean note) {
    }

    static boolean isMail(String messageClass) {
        String c = messageClass == null ? "" : messageClass.toLowerCase(Locale.ROOT);
        return c.isEmpty() || c.startsWith("ipm.note") || c.startsWith("report.") || c.startsWith("ipm.schedule")
                || c.startsWith("ipm.post") || c.equals("ipm");
    }

    Converted convert(PSTMessage item, String provenance) throws IOException, PSTException {
        if (!isMail(item.getMessageClass())) {
            byte[] note = note(item);
            if (note == null) {
                throw new IOException("an Outlook " + item.getMessageClass() + " item without any date");
            }
            return new Converted(note, true);
        }
        return new Converted(mime(item, provenance, 0), false);
    }

    private byte[] mime(PSTMessage m, String provenance, int depth) throws IOException, PSTException {
        PstMimeWriter w = new PstMimeWriter();
        String transport = m.getTransportMessageHeaders();
        boolean haveHeaders = transport != null && transport.toLowerCase(Locale.ROOT).contains("from:");
        if (haveHeaders) {
            writeKeptHeaders(w, transport);
        } else {
            w.field("From", PstMimeWriter.mailbox(m.getSenderName(), smtpSender(m)));
            writeRecipients(w, m);
            w.field("Subject", PstMimeWriter.encoded(m.getSubject()));
            Date date = m.getClientSubmitTime() != null ? m.getClientSubmitTime() : m.getMessageDeliveryTime();
            w.field("Date", PstMimeWriter.date(date));
            String id = m.getInternetMessageId();
            if (id != null && !id.isBlank()) {
                w.field("Message-ID", id.strip().startsWith("<") ? id.strip() : "<" + id.strip() + ">");
            }
        }
        w.field(CONVERTED_HEADER, provenance);
        w.field("MIME-Version", "1.0");
        // Boundaries follow from where the item is, so importing the same PST again gives the same bytes
        // (the same originals, not new copies of every item).
        String mixed = "mixed-" + UUID.nameUUIDFromBytes(provenance.getBytes(StandardCharsets.UTF_8));
        w.field("Content-Type", "multipart/mixed; boundary=\"" + mixed + "\"");
        w.line("");
        w.line("--" + mixed);
        String plain = m.getBody();
        String html = m.getBodyHTML();
        boolean hasHtml = html != null && !html.isBlank();
        boolean hasPlain = plain != null && !plain.isBlank();
        if (hasHtml && hasPlain) {
            String alt = "alt-" + UUID.nameUUIDFromBytes((provenance + "/alt").getBytes(StandardCharsets.UTF_8));
            w.field("Content-Type", "multipart/alternative; boundary=\"" + alt + "\"").line("");
            w.line("--" + alt);
            textPart(w, "text/plain", plain);
            w.line("--" + alt);
            textPart(w, "text/html", html);
            w.line("--" + alt + "--");
        } else if (hasHtml) {
            textPart(w, "text/html", html);
        } else {
            textPart(w, "text/plain", hasPlain ? plain : "");
        }
        for (int i = 0; i < m.getNumberOfAttachments(); i++) {
            PSTAttachment a = m.getAttachment(i);
            w.line("--" + mixed);
            attachment(w, a, provenance, depth);
        }
        w.line("--" + mixed + "--");
        return w.bytes();
    }

    private void attachment(PstMimeWriter w, PSTAttachment a, String provenance, int depth) throws IOException, PSTException {
        String name = a.getLongFilename() != null && !a.getLongFilename().isBlank() ? a.getLongFilename()
                : a.getFilename() != null && !a.getFilename().isBlank() ? a.getFilename() : "attachment";
        if (a.getAttachMethod() == ATTACHMENT_METHOD_EMBEDDED && depth < MAX_EMBEDDED_DEPTH) {
            PSTMessage embedded = a.getEmbeddedPSTMessage();
            if (embedded != null) {
                String subject = embedded.getSubject() == null || embedded.getSubject().isBlank() ? "message"
                        : embedded.getSubject();
                w.field("Content-Type", "message/rfc822");
                w.field("Content-Disposition", "attachment; " + PstMimeWriter.fileNameParameter(
                        subject.replaceAll("[\\\\/:*?\"<>|]", "_") + ".eml"));
                w.line("");
                w.raw(mime(embedded, provenance + "; attached item " + (a.getAttachNum() + 1), depth + 1));
                return;
            }
        }
        byte[] data;
        try (InputStream in = a.getFileInputStream()) {
            data = in == null ? new byte[0] : in.readAllBytes();
        }
        String type = a.getMimeTag() == null || a.getMimeTag().isBlank() ? "application/octet-stream" : a.getMimeTag();
        w.field("Content-Type", type.strip());
        w.field("Content-Transfer-Encoding", "base64");
        w.field("Content-Disposition", "attachment; " + PstMimeWriter.fileNameParameter(name));
        w.line("");
        w.base64(data);
    }

    private static void textPart(PstMimeWriter w, String type, String text) {
        w.field("Content-Type", type + "; charset=utf-8");
        if (PstMimeWriter.fitsEightBit(text)) {
            // Outlook's bodies are CRLF text: as 8bit they are stored, hashed and parsed a quarter smaller
            // than as base64, and read back identical (the CRLF before the boundary belongs to the boundary).
            w.field("Content-Transfer-Encoding", "8bit");
            w.line("");
            w.line(text);
        } else {
            w.field("Content-Transfer-Encoding", "base64");
            w.line("");
            w.base64(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The item's own Internet header, without the fields that describe the body we rebuild. */
    private static void writeKeptHeaders(PstMimeWriter w, String transport) {
        boolean skipping = false;
        for (String line : transport.split("\r?\n")) {
            if (line.isEmpty()) {
                break;
            }
            boolean continuation = line.charAt(0) == ' ' || line.charAt(0) == '\t';
            if (!continuation) {
                if (!FIELD_START.matcher(line).matches()) {
                    continue;
                }
                String name = line.substring(0, line.indexOf(':')).strip().toLowerCase(Locale.ROOT);
                skipping = BODY_FIELDS.contains(name) || name.equals(CONVERTED_HEADER.toLowerCase(Locale.ROOT));
            }
            if (!skipping) {
                w.line(line);
            }
        }
    }

    private static void writeRecipients(PstMimeWriter w, PSTMessage m) throws IOException, PSTException {
        StringBuilder to = new StringBuilder();
        StringBuilder cc = new StringBuilder();
        StringBuilder bcc = new StringBuilder();
        for (int i = 0; i < m.getNumberOfRecipients(); i++) {
            PSTRecipient r = m.getRecipient(i);
            String email = r.getSmtpAddress() != null && r.getSmtpAddress().contains("@") ? r.getSmtpAddress()
                    : r.getEmailAddress();
            String box = PstMimeWriter.mailbox(r.getDisplayName(), email);
            if (box.isEmpty()) {
                continue;
            }
            StringBuilder list = switch (r.getRecipientType()) {
                case 2 -> cc;
                case 3 -> bcc;
                default -> to;
            };
            if (list.length() > 0) {
                list.append(", ");
            }
            list.append(box);
        }
        w.field("To", to.toString());
        w.field("Cc", cc.toString());
        w.field("Bcc", bcc.toString());
    }

    private static String smtpSender(PSTMessage m) {
        String email = m.getSenderEmailAddress();
        if (email != null && email.contains("@")) {
            return email;
        }
        String representing = m.getSentRepresentingEmailAddress();
        return representing != null && representing.contains("@") ? representing : "";
    }

    /** An appointment, contact, task or sticky note as a note: "Date:" line, "# title", then what it holds. */
    private static byte[] note(PSTMessage item) {
        Date when = item.getClientSubmitTime() != null ? item.getClientSubmitTime()
                : item.getCreationTime() != null ? item.getCreationTime() : item.getLastModificationTime();
        StringBuilder body = new StringBuilder();
        String kind = item.getMessageClass() == null ? "item" : item.getMessageClass().replaceFirst("(?i)^IPM\\.", "");
        body.append('[').append(kind).append("]\n");
        if (item instanceof PSTAppointment a) {
            if (a.getStartTime() != null) {
                when = a.getStartTime();
            }
            lines(body, "Start", iso(a.getStartTime()), "End", iso(a.getEndTime()), "Location", a.getLocation(),
                    "Attendees", a.getAllAttendees());
        } else if (item instanceof PSTContact c) {
            lines(body, "Name", (nz(c.getGivenName()) + " " + nz(c.getSurname())).strip(), "Company", c.getCompanyName(),
                    "E-mail", c.getEmail1EmailAddress(), "Phone", c.getBusinessTelephoneNumber(), "Mobile",
                    c.getMobileTelephoneNumber());
        } else if (item instanceof PSTTask) {
            lines(body, "To", item.getDisplayTo());
        }
        if (item.getBody() != null && !item.getBody().isBlank()) {
            body.append('\n').append(item.getBody().replace("\r\n", "\n").strip()).append('\n');
        }
        String title = item.getSubject() == null || item.getSubject().isBlank() ? kind : item.getSubject();
        if (when == null) {
            return null; // a note needs a date, and none would be made up
        }
        String date = iso(when);
        return ("Date: " + date + "\n# " + title.replaceAll("[\\r\\n]+", " ") + "\n\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void lines(StringBuilder out, String... pairs) {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isBlank()) {
                out.append(pairs[i]).append(": ").append(pairs[i + 1].strip()).append('\n');
            }
        }
    }

    private static String iso(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
