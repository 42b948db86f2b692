package app.dossier.model;

/** Things worth knowing about a message at a glance. */
public enum MessageFlag {
    /** No Received or other transport headers: a saved or sent copy that proves little by itself. */
    NO_TRANSPORT_HEADERS,
    /** Another message in the case has the same Message-ID but different content. */
    MESSAGE_ID_CONFLICT,
    /** Reply-To points somewhere other than the sender. */
    REPLY_TO_MISMATCH,
    /** The envelope sender (Return-Path) differs from the From domain. */
    RETURN_PATH_MISMATCH,
    /** The message came out of another message (an attached Outlook item). */
    EMBEDDED,
    /** Parts of the message were damaged; what could be read was kept. */
    DAMAGED,
    /** Sent to a list or by a machine (List-Id, List-Unsubscribe, Precedence: bulk, Auto-Submitted): routine mail. */
    BULK,
    /** The Date header is not in RFC 5322's form (e.g. "-600" as zone, no zone): the time shown was read as other readers do. */
    DATE_MALFORMED,
    /** The MIME structure is broken (a boundary that never matches): the raw text is shown instead of parts. */
    STRUCTURE_BROKEN,
    /** A text part declared no charset (or US-ASCII with 8-bit bytes): it was read as UTF-8, else Windows-1252. */
    CHARSET_GUESSED,
    /** Signed with S/MIME and the signature verifies: the content is as the certificate holder signed it. */
    SMIME_SIGNED,
    /** Signed with S/MIME but the signature does not verify: the content was altered after signing, or cannot be checked. */
    SMIME_SIGNATURE_INVALID,
    /** Encrypted with S/MIME: the content cannot be read without a recipient's private key. */
    SMIME_ENCRYPTED
}
