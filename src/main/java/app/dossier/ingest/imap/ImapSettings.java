package app.dossier.ingest.imap;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where and how to read an IMAP account. The password is only held for the import and never
 * stored. Connections are encrypted and certificates verified unless the user explicitly allows
 * plain text for a server on a trusted network.
 */
public record ImapSettings(String host, int port, String user, char[] password, Security security, String folder,
                           LocalDate from, LocalDate to, String participant) {
    /** How the connection is protected. */
    public enum Security {
        /** TLS from the first byte (port 993). */
        IMAPS,
        /** Plain connection upgraded with STARTTLS, which is required (port 143). */
        STARTTLS,
        /** No encryption at all; only when the user explicitly chose it. */
        PLAIN_ALLOWED
    }

    public ImapSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(security, "security");
        folder = folder == null || folder.isBlank() ? "INBOX" : folder;
        participant = participant == null ? "" : participant.strip();
        if (port <= 0 || port > 65535) {
            port = security == Security.IMAPS ? 993 : 143;
        }
    }

    /** The source location recorded for every message read: account and folder. */
    public String location() {
        return (security == Security.IMAPS ? "imaps://" : "imap://") + user + "@" + host + ":" + port + "/" + folder;
    }

    public ImapSettings withFolder(String otherFolder) {
        return new ImapSettings(host, port, user, password, security, otherFolder, from, to, participant);
    }
}
