package app.dossier.model;

import java.time.OffsetDateTime;
import java.util.Set;

/** One row of the message list. */
public record MessageSummary(long id, OffsetDateTime sentAt, String from, String to, String subject,
                             int attachments, int originals, Set<MessageFlag> flags) {
    public MessageSummary {
        flags = Set.copyOf(flags);
    }
}
