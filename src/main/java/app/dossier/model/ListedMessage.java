package app.dossier.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * One message as {@code dossier messages} lists it: what was decoded, what had to be guessed
 * (flags), and the authenticity verdicts. {@code sentAt} keeps the sender's offset; the SPF,
 * DKIM and DMARC verdicts are as the receiving server recorded them (empty when not recorded),
 * {@code smime} is null for a mail without S/MIME.
 */
public record ListedMessage(long id, OffsetDateTime sentAt, Address from, List<Address> to, List<Address> cc,
                            String subject, String messageId, String firstWords, Set<MessageFlag> flags, String spf,
                            String dkim, String dmarc, SmimeInfo smime) {
    public ListedMessage {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        flags = Set.copyOf(flags);
    }
}
