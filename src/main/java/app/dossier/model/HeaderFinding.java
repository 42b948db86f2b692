package app.dossier.model;

/** Something about a mail's headers worth a warning when judging whether it is what it claims to be. */
public enum HeaderFinding {
    /** No Received fields: the mail never went through a server (a draft, or written by hand). */
    NO_TRANSPORT,
    /** Signed by DKIM, but by a domain other than the sender's. */
    DKIM_UNALIGNED,
    /** SPF, DKIM or DMARC recorded a failure. */
    AUTH_FAILED,
    /** Bounces go to another domain than the sender's. */
    RETURN_PATH_DIFFERS,
    /** Replies go to someone other than the sender. */
    REPLY_TO_DIFFERS
}
