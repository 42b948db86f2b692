package app.dossier.model;

import java.util.List;

/** Everything the viewer shows of a message; originals are listed best-evidenced first. */
public record MessageDetail(MessageSummary summary, Address from, List<Address> to, List<Address> cc,
                            List<Address> bcc, List<Address> replyTo, String messageId, String inReplyTo,
                            String text, String html, List<Attachment> attachments, List<OriginalInfo> originals,
                            HeaderAnalysis analysis, SmimeInfo smime) {
    /** Without an S/MIME layer. */
    public MessageDetail(MessageSummary summary, Address from, List<Address> to, List<Address> cc,
                         List<Address> bcc, List<Address> replyTo, String messageId, String inReplyTo,
                         String text, String html, List<Attachment> attachments, List<OriginalInfo> originals,
                         HeaderAnalysis analysis) {
        this(summary, from, to, cc, bcc, replyTo, messageId, inReplyTo, text, html, attachments, originals, analysis,
                null);
    }

    public MessageDetail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
        replyTo = List.copyOf(replyTo);
        attachments = List.copyOf(attachments);
        originals = List.copyOf(originals);
    }
}
