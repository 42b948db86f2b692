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
    BULK
}
