package app.dossier.ingest.mime;

import app.dossier.model.Address;
import app.dossier.model.Attachment;
import app.dossier.model.MessageData;
import app.dossier.model.MessageFlag;
import app.dossier.model.SmimeInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * Parses an RFC 5322 original into a {@link ParsedMessage}. Never throws for bad input: what
 * cannot be read is left out and the message is flagged {@link MessageFlag#DAMAGED}.
 */
public final class MimeMessageParser {
    private static final Pattern ANGLES_AND_SPACES = Pattern.compile("[<>\\s]");
    private static final Pattern MSG_ID = Pattern.compile("<([^<>\\s]+)>");
    private static final MimeConfig CONFIG = MimeConfig.custom()
            .setMaxLineLen(-1)
            .setMaxHeaderCount(-1)
            .setMaxHeaderLen(-1)
            .setMaxContentLen(-1)
            .setStrictParsing(false)
            .setMalformedHeaderStartsBody(true)
            .build();

    private final EmbeddedPartReader embeddedParts;
    private final SmimeInspector smimeInspector = new SmimeInspector();

    public MimeMessageParser(EmbeddedPartReader embeddedParts) {
        this.embeddedParts = embeddedParts;
    }

    /** Parses for import: HTML is only decoded when the mail has no plain text. */
    public ParsedMessage parse(byte[] original) {
        return parse(original, false);
    }

    /** Parses for display, with the HTML part decoded. */
    public ParsedMessage parseForDisplay(byte[] original) {
        return parse(original, true);
    }

    /** Parses a mail converted from an Outlook data file: its attached mails are items of their own. */
    public ParsedMessage parseConverted(byte[] converted) {
        return parse(converted, false, true);
    }

    private ParsedMessage parse(byte[] original, boolean withHtml) {
        return parse(original, withHtml, false);
    }

    private ParsedMessage parse(byte[] original, boolean withHtml, boolean attachedMailsAsItems) {
        HeaderBlock header = HeaderBlock.parse(original);
        Set<MessageFlag> flags = EnumSet.noneOf(MessageFlag.class);

        String subject = Addresses.decodeWords(header.first("Subject").orElse(""));
        Address from = Addresses.parseOne(header.first("From").or(() -> header.first("Sender")).orElse(""));
        List<Address> to = Addresses.parseList(header.first("To").orElse(null));
        List<Address> cc = Addresses.parseList(header.first("Cc").orElse(null));
        List<Address> bcc = Addresses.parseList(header.first("Bcc").orElse(null));
        List<Address> replyTo = Addresses.parseList(header.first("Reply-To").orElse(null));
        String returnPath = header.first("Return-Path").map(v -> ANGLES_AND_SPACES.matcher(v).replaceAll("")).orElse("");
        Optional<MailDates.Reading> date = header.first("Date").flatMap(MailDates::read);
        OffsetDateTime sentAt = date.map(MailDates.Reading::value).orElse(null);
        if (date.map(MailDates.Reading::malformed).orElse(header.first("Date").isPresent())) {
            flags.add(MessageFlag.DATE_MALFORMED);
        }
        List<String> received = header.all("Received");
        OffsetDateTime firstReceived = firstReceived(received);
        String messageId = header.first("Message-ID").or(() -> header.first("Message-Id")).map(MimeMessageParser::firstId)
                .orElse("");
        String inReplyTo = header.first("In-Reply-To").map(MimeMessageParser::firstId).orElse("");
        List<String> references = new ArrayList<>();
        header.first("References").ifPresent(v -> {
            Matcher m = MSG_ID.matcher(v);
            while (m.find()) {
                references.add(m.group(1));
            }
        });

        if (received.isEmpty()) {
            flags.add(MessageFlag.NO_TRANSPORT_HEADERS);
        }
        if (isBulk(header)) {
            flags.add(MessageFlag.BULK);
        }
        if (!replyTo.isEmpty() && !from.normalizedEmail().isEmpty()
                && replyTo.stream().noneMatch(a -> a.normalizedEmail().equals(from.normalizedEmail()))) {
            flags.add(MessageFlag.REPLY_TO_MISMATCH);
        }
        if (!returnPath.isEmpty() && returnPath.contains("@") && !from.domain().isEmpty()
                && !domainOf(returnPath).endsWith(from.domain()) && !from.domain().endsWith(domainOf(returnPath))) {
            flags.add(MessageFlag.RETURN_PATH_MISMATCH);
        }

        byte[] entity = original;
        if (SmimeInspector.announces(header)) {
            var smime = smimeInspector.inspect(header, original);
            if (smime.isPresent()) {
                SmimeInfo info = smime.get().info();
                if (info.kind() == SmimeInfo.Kind.ENCRYPTED) {
                    flags.add(MessageFlag.SMIME_ENCRYPTED);
                } else {
                    flags.add(info.allValid() ? MessageFlag.SMIME_SIGNED : MessageFlag.SMIME_SIGNATURE_INVALID);
                }
                if (smime.get().content() != null) {
                    entity = smime.get().content(); // opaque-signed: the signed entity holds the body
                }
            }
        }
        BodyCollector body = new BodyCollector(embeddedParts);
        if (attachedMailsAsItems) {
            body.withAttachedMailsAsItems();
        }
        if (!walk(entity, body)) {
            flags.add(MessageFlag.DAMAGED);
        }
        if (body.damaged()) {
            flags.add(MessageFlag.DAMAGED);
        }
        if (body.structureBroken()) {
            flags.add(MessageFlag.STRUCTURE_BROKEN);
        }
        if (body.charsetGuessed()) {
            flags.add(MessageFlag.CHARSET_GUESSED);
        }
        String text = body.text();
        if (text.isBlank() && body.hasHtml()) {
            text = safeHtmlText(body.html(), flags);
        }
        String html = withHtml || text.isBlank() ? body.html() : "";

        int score = Math.min(received.size(), 10) * 10
                + (header.first("Authentication-Results").isPresent() ? 5 : 0)
                + (header.first("DKIM-Signature").isPresent() ? 3 : 0)
                + (header.first("ARC-Seal").isPresent() ? 2 : 0);
        String key = ContentKey.of(messageId, header, original, sentAt, subject, from);
        return new ParsedMessage(new MessageData(messageId, subject, from, to, cc, bcc, replyTo, returnPath, sentAt,
                firstReceived, inReplyTo, references, text, html, body.attachments(), flags, key, score),
                body.embedded());
    }

    /** The decoded bytes of attachment {@code ordinal}, as listed at import, or empty. */
    public java.util.Optional<byte[]> attachmentBytes(byte[] original, int ordinal) {
        BodyCollector body = new BodyCollector(embeddedParts, ordinal);
        walk(unwrapped(original), body); // on damage, keep what was found before it
        return java.util.Optional.ofNullable(body.kept());
    }

    /** The entity whose parts are the mail's body: the signed content of an opaque-signed mail, else the mail. */
    private byte[] unwrapped(byte[] original) {
        HeaderBlock header = HeaderBlock.parse(original);
        if (!SmimeInspector.announces(header)) {
            return original;
        }
        return smimeInspector.inspect(header, original).map(SmimeInspector.Result::content).orElse(original);
    }

    /** Runs the MIME tree through {@code body}; false when the structure was damaged. */
    private static boolean walk(byte[] original, BodyCollector body) {
        MimeStreamParser parser = new MimeStreamParser(CONFIG, DecodeMonitor.SILENT, null);
        parser.setContentDecoding(true);
        parser.setNoRecurse(); // attached mails stay attachments; their own text is not this mail's
        parser.setContentHandler(body);
        int start = HeaderBlock.headerStart(original);
        try (InputStream in = new ByteArrayInputStream(original, start, original.length - start)) {
            parser.parse(in);
            return true;
        } catch (MimeException | IOException | RuntimeException e) {
            return false;
        }
    }

    private static String safeHtmlText(String html, Set<MessageFlag> flags) {
        try {
            return HtmlText.toText(html);
        } catch (RuntimeException | StackOverflowError e) {
            flags.add(MessageFlag.DAMAGED);
            return "";
        }
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Newsletters, notifications and list mail announce themselves in their headers. */
    private static boolean isBulk(HeaderBlock header) {
        String precedence = header.first("Precedence").orElse("").strip().toLowerCase(java.util.Locale.ROOT);
        String autoSubmitted = header.first("Auto-Submitted").orElse("no").strip().toLowerCase(java.util.Locale.ROOT);
        return header.first("List-Unsubscribe").isPresent() || header.first("List-Id").isPresent()
                || precedence.equals("bulk") || precedence.equals("list") || precedence.equals("junk")
                || !autoSubmitted.startsWith("no");
    }

    static String firstId(String value) {
        Matcher m = MSG_ID.matcher(value);
        if (m.find()) {
            return m.group(1);
        }
        String bare = value.strip();
        return bare.contains(" ") ? "" : bare;
    }

    private static OffsetDateTime firstReceived(List<String> received) {
        // The last Received field in the header was written by the first server that saw the mail.
        for (int i = received.size() - 1; i >= 0; i--) {
            String value = received.get(i);
            int semi = value.lastIndexOf(';');
            if (semi >= 0) {
                var parsed = MailDates.parse(value.substring(semi + 1));
                if (parsed.isPresent()) {
                    return parsed.get();
                }
            }
        }
        return null;
    }

    /** Reads what hides inside attachments: Outlook items to import, TNEF contents to list. */
    public interface EmbeddedPartReader {
        /** Attachments found inside a TNEF (winmail.dat) part. */
        List<Attachment> tnefContents(byte[] tnef, int firstOrdinal);
    }
}
