package app.dossier.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What was read from one original mail: decoded headers, text, attachments, and the key that
 * tells copies of the same mail ({@code contentKey}) from different mails. {@code evidenceScore}
 * ranks copies: transport headers and authentication results make a copy better evidence.
 */
public record MessageData(
        String messageId,
        String subject,
        Address from,
        List<Address> to,
        List<Address> cc,
        List<Address> bcc,
        List<Address> replyTo,
        String returnPath,
        OffsetDateTime sentAt,
        OffsetDateTime firstReceivedAt,
        String inReplyTo,
        List<String> references,
        String text,
        String html,
        List<Attachment> attachments,
        Set<MessageFlag> flags,
        String contentKey,
        int evidenceScore) {

    public MessageData {
        messageId = messageId == null ? "" : messageId;
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        replyTo = List.copyOf(replyTo);
        returnPath = returnPath == null ? "" : returnPath;
        inReplyTo = inReplyTo == null ? "" : inReplyTo;
        references = List.copyOf(references);
        text = text == null ? "" : text;
        html = html == null ? "" : html;
        attachments = List.copyOf(attachments);
        flags = Set.copyOf(flags);
        Objects.requireNonNull(contentKey, "contentKey");
    }
}
