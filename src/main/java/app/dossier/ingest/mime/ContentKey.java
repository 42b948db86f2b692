package app.dossier.ingest.mime;

import app.dossier.model.Address;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Set;

/** The key that tells copies of one mail (the Sent copy, the recipient's copy) from different mails. */
final class ContentKey {
    /** Fields that mailbox writers and servers add to a copy; they do not make it another mail. */
    private static final Set<String> MAILBOX_FIELDS = Set.of("received", "return-path", "delivered-to",
            "x-original-to", "status", "x-status", "x-keywords", "x-uid", "content-length", "lines",
            "x-mozilla-status", "x-mozilla-status2", "x-mozilla-keys");

    private ContentKey() {
    }

    /**
     * Two originals are copies of one mail when this key matches: the Message-ID and what the
     * author wrote (the body with line endings normalised), plus the author-side headers. Transport
     * headers (Received, Authentication-Results, …) are left out on purpose.
     */
    static String of(String messageId, HeaderBlock header, byte[] original, OffsetDateTime sentAt,
                             String subject, Address from) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(messageId.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(subject.strip().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(from.normalizedEmail().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(sentAt == null ? "" : sentAt.toInstant()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            int end = original.length;
            while (end > header.bodyOffset() && Character.isWhitespace(original[end - 1])) {
                end--;
            }
            // The body, with every CRLF read as LF, goes in as length and CRC32C: hashing 1.6 GB
            // with SHA-256 a second time was a measurable share of import time, and a collision
            // would also need the same Message-ID, sender, subject and date.
            // The body is copied without the CR of each CRLF and summed in one call: one call per
            // line cost more than the sum itself (a CRC is the same however its bytes are handed over).
            int start = Math.min(header.bodyOffset(), end);
            byte[] body = new byte[end - start];
            int length = 0;
            for (int i = start; i < end; i++) {
                byte b = original[i];
                if (b != '\r' || i + 1 >= end || original[i + 1] != '\n') {
                    body[length++] = b;
                }
            }
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            crc.update(body, 0, length);
            digest.update(java.nio.ByteBuffer.allocate(16).putLong(length).putLong(crc.getValue()).array());
            if (messageId.isEmpty() && length == 0) {
                // Nothing names or fills this mail, so the few fields it has are all that tells it
                // apart: two unrelated header-only files must not become one message.
                for (HeaderField f : header.fields()) {
                    if (!MAILBOX_FIELDS.contains(f.name().toLowerCase(java.util.Locale.ROOT))) {
                        digest.update((f.name().toLowerCase(java.util.Locale.ROOT) + ":" + f.value() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
