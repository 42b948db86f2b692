package app.dossier.ingest.msg;

import app.dossier.ingest.mime.Addresses;
import app.dossier.ingest.mime.HeaderBlock;
import app.dossier.ingest.mime.HtmlText;
import app.dossier.ingest.mime.MailDates;
import app.dossier.ingest.mime.ParsedMessage;
import app.dossier.model.Address;
import app.dossier.model.Attachment;
import app.dossier.model.MessageData;
import app.dossier.model.MessageFlag;
import app.dossier.model.NoteData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import app.dossier.model.SmimeInfo;
import java.util.Set;
import javax.swing.text.rtf.RTFEditorKit;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.RecipientChunks;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;
import org.apache.poi.poifs.filesystem.EntryUtils;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads Outlook .msg files with POI HSMF. Mails become messages (transport headers, when the
 * file has them, are read like a MIME header); appointments, contacts, tasks and notes become
 * notes; attached Outlook items come out as standalone .msg bytes to be imported themselves.
 */
public final class OutlookParser {
    private final ZoneId localZone;
    private final OutlookSmime smime = new OutlookSmime(new app.dossier.ingest.mime.SmimeInspector());

    public OutlookParser(ZoneId localZone) {
        this.localZone = localZone;
    }

    /** The S/MIME layer of an Outlook S/MIME item (IPM.Note.SMIME…), checked offline; empty for other files. */
    public Optional<SmimeInfo> smime(byte[] bytes) {
        try {
            MAPIMessage msg = new MAPIMessage(new ByteArrayInputStream(bytes));
            msg.setReturnNullOnMissingChunk(true);
            String messageClass = msg.getMainChunks().getMessageClass() == null ? ""
                    : msg.getMainChunks().getMessageClass().getValue();
            return smime.inspect(msg, messageClass);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public OutlookItem parse(byte[] bytes) throws IOException {
        MAPIMessage msg;
        try {
            POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
            OleContainer.refuseIfNotOutlook(fs.getRoot());
            msg = new MAPIMessage(fs);
        } catch (OleContainer.NotOutlookException e) {
            throw new IOException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new IOException("not a readable Outlook file (" + e.getClass().getSimpleName() + ")", e);
        }
        msg.setReturnNullOnMissingChunk(true);
        try {
            msg.guess7BitEncoding();
        } catch (RuntimeException e) {
            // keep the default code page
        }
        try {
            return parse(msg);
        } catch (ChunkNotFoundException | RuntimeException e) {
            throw new IOException("damaged Outlook file (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private OutlookItem parse(MAPIMessage msg) throws ChunkNotFoundException, IOException {
        String messageClass = msg.getMainChunks().getMessageClass() == null ? "IPM.Note"
                : msg.getMainChunks().getMessageClass().getValue();
        String subject = nullToEmpty(msg.getSubject());
        String text = body(msg);
        OffsetDateTime date = toOffset(msg.getMessageDate());
        if (!isMail(messageClass)) {
            OffsetDateTime when = date != null ? date : OffsetDateTime.now(localZone);
            String kind = messageClass.replaceFirst("(?i)^IPM\\.", "");
            String who = String.join(", ", nonBlank(msg.getDisplayTo(), msg.getDisplayCC()));
            return new OutlookItem.NonMail(new NoteData(when, subject.isBlank() ? kind : subject, who,
                    "[" + kind + "]\n" + text));
        }
        String[] headerLines = msg.getHeaders();
        HeaderBlock headers = HeaderBlock.parse(headerLines == null ? new byte[0]
                : (String.join("\r\n", headerLines) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);
        List<String> received = headers.all("Received");
        if (received.isEmpty()) {
            flags.add(MessageFlag.NO_TRANSPORT_HEADERS);
        }
        smime.inspect(msg, messageClass).ifPresent(info -> flags.add(info.kind() == SmimeInfo.Kind.ENCRYPTED
                ? MessageFlag.SMIME_ENCRYPTED : info.allValid() ? MessageFlag.SMIME_SIGNED
                : MessageFlag.SMIME_SIGNATURE_INVALID));
        String displayFrom = nullToEmpty(msg.getDisplayFrom());
        Address from = headers.first("From").map(Addresses::parseOne)
                .orElseGet(() -> new Address(displayFrom, senderEmail(msg)));
        List<Address> to = new ArrayList<>();
        List<Address> cc = new ArrayList<>();
        List<Address> bcc = new ArrayList<>();
        if (headers.first("To").isPresent()) {
            to.addAll(Addresses.parseList(headers.first("To").get()));
            cc.addAll(Addresses.parseList(headers.first("Cc").orElse(null)));
        } else {
            sortRecipients(msg, to, cc, bcc);
        }
        if (date == null) {
            date = headers.first("Date").flatMap(MailDates::parse).orElse(null);
        }
        String messageId = msg.getMainChunks().getMessageId() != null
                ? stripBrackets(msg.getMainChunks().getMessageId().getValue())
                : headers.first("Message-ID").map(OutlookParser::stripBrackets).orElse("");
        String inReplyTo = headers.first("In-Reply-To").map(OutlookParser::stripBrackets).orElse("");
        List<Attachment> attachments = new ArrayList<>();
        List<ParsedMessage.EmbeddedItem> embedded = new ArrayList<>();
        readAttachments(msg, attachments, embedded);
        String html = htmlBody(msg);
        int score = Math.min(received.size(), 10) * 10 + (headers.first("Authentication-Results").isPresent() ? 5 : 0);
        OffsetDateTime firstReceived = null;
        for (int i = received.size() - 1; i >= 0 && firstReceived == null; i--) {
            String value = received.get(i);
            int semi = value.lastIndexOf(';');
            firstReceived = semi < 0 ? null : MailDates.parse(value.substring(semi + 1)).orElse(null);
        }
        MessageData data = new MessageData(messageId, subject, from, to, cc, bcc, List.of(),
                headers.first("Return-Path").map(v -> v.replaceAll("[<>\\s]", "")).orElse(""), date, firstReceived,
                inReplyTo, List.of(), text.isBlank() && !html.isBlank() ? HtmlText.toText(html) : text, html,
                attachments, flags, contentKey(messageId, subject, from, date, text), score);
        return new OutlookItem.Mail(new ParsedMessage(data, embedded));
    }

    private static boolean isMail(String messageClass) {
        String c = messageClass.toLowerCase(Locale.ROOT);
        return c.isEmpty() || c.startsWith("ipm.note") || c.startsWith("report.") || c.startsWith("ipm.schedule")
                || c.startsWith("ipm.post") || c.equals("ipm");
    }

    private static String body(MAPIMessage msg) {
        try {
            String text = msg.getTextBody();
            if (text != null && !text.isBlank()) {
                return text.replace("\r\n", "\n");
            }
        } catch (ChunkNotFoundException | RuntimeException e) {
            // try the other bodies
        }
        try {
            String rtf = msg.getRtfBody();
            if (rtf != null && !rtf.isBlank()) {
                return rtfToText(rtf);
            }
        } catch (ChunkNotFoundException | RuntimeException e) {
            // no RTF either
        }
        return "";
    }

    private static String htmlBody(MAPIMessage msg) {
        try {
            String html = msg.getHtmlBody();
            return html == null ? "" : html;
        } catch (ChunkNotFoundException | RuntimeException e) {
            return "";
        }
    }

    static String rtfToText(String rtf) {
        try {
            RTFEditorKit kit = new RTFEditorKit();
            var document = kit.createDefaultDocument();
            kit.read(new StringReader(rtf), document, 0);
            return document.getText(0, document.getLength()).strip();
        } catch (Exception e) {
            return "";
        }
    }

    private static void sortRecipients(MAPIMessage msg, List<Address> to, List<Address> cc, List<Address> bcc)
            throws ChunkNotFoundException {
        String displayCc = nullToEmpty(msg.getDisplayCC());
        String displayBcc = nullToEmpty(msg.getDisplayBCC());
        RecipientChunks[] recipients = msg.getRecipientDetailsChunks();
        if (recipients == null) {
            return;
        }
        for (RecipientChunks r : recipients) {
            String name = nullToEmpty(r.getRecipientName());
            String email = nullToEmpty(r.getRecipientEmailAddress());
            Address address = new Address(name, email.contains("@") ? email : "");
            if (!name.isEmpty() && displayBcc.contains(name)) {
                bcc.add(address);
            } else if (!name.isEmpty() && displayCc.contains(name)) {
                cc.add(address);
            } else {
                to.add(address);
            }
        }
    }

    private static String senderEmail(MAPIMessage msg) {
        var chunk = msg.getMainChunks().getEmailFromChunk();
        String value = chunk == null ? "" : chunk.getValue();
        return value != null && value.contains("@") ? value : "";
    }

    private static void readAttachments(MAPIMessage msg, List<Attachment> attachments,
                                        List<ParsedMessage.EmbeddedItem> embedded) throws IOException {
        AttachmentChunks[] files = msg.getAttachmentFiles();
        if (files == null) {
            return;
        }
        for (AttachmentChunks a : files) {
            String name = a.getAttachLongFileName() != null ? a.getAttachLongFileName().getValue()
                    : a.getAttachFileName() != null ? a.getAttachFileName().getValue() : null;
            String mime = a.getAttachMimeTag() != null ? a.getAttachMimeTag().getValue() : null;
            if (a.isEmbeddedMessage() && a.getAttachmentDirectory() != null) {
                byte[] standalone = standalone(a);
                String embeddedName = name != null ? name : "embedded.msg";
                attachments.add(new Attachment(attachments.size(), embeddedName, "application/vnd.ms-outlook",
                        standalone.length, sha256(standalone)));
                embedded.add(new ParsedMessage.EmbeddedItem(standalone, embeddedName, true));
            } else {
                byte[] data = a.getAttachData() == null ? new byte[0] : a.getAttachData().getValue();
                attachments.add(new Attachment(attachments.size(), name, mime, data.length, sha256(data)));
            }
        }
    }

    /** Copies an attached Outlook item's storage into a file of its own, so it can be an original. */
    private static byte[] standalone(AttachmentChunks attachment) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EntryUtils.copyNodes(attachment.getAttachmentDirectory().getDirectory(), fs.getRoot());
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private OffsetDateTime toOffset(Calendar calendar) {
        return calendar == null ? null : calendar.toInstant().atZone(localZone).toOffsetDateTime();
    }

    private static String contentKey(String messageId, String subject, Address from, OffsetDateTime date, String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String joined = messageId + "\0" + subject.strip() + "\0" + from.normalizedEmail() + "\0"
                    + (date == null ? "" : date.toInstant()) + "\0" + text.strip();
            return HexFormat.of().formatHex(digest.digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        return app.dossier.ingest.mime.Sha256.hex(bytes);
    }

    private static String stripBrackets(String value) {
        return value == null ? "" : value.strip().replaceAll("^<|>$", "");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static List<String> nonBlank(String... values) {
        List<String> result = new ArrayList<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                result.add(v);
            }
        }
        return result;
    }
}
