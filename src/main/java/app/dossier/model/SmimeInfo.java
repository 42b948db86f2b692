package app.dossier.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What a mail's S/MIME layer says, checked offline: who signed it and whether the content is
 * still what was signed, or, for an encrypted mail, to whom it was encrypted. Trust in the
 * certificate's issuer is not judged here: there is no network and no trust store, so the
 * certificate is shown for a person to weigh.
 */
public record SmimeInfo(Kind kind, boolean opaque, List<Signer> signers, List<String> recipients, String problem) {
    /** Signed (the content can be read) or encrypted (it cannot). */
    public enum Kind { SIGNED, ENCRYPTED }

    /** The outcome of checking one signature. */
    public enum Status {
        /** The signature verifies with the certificate it names: the content is unaltered. */
        VALID,
        /** The content's digest differs from the signed one: the content was changed after signing. */
        CONTENT_ALTERED,
        /** The digest matches but the signature over it does not verify with the certificate. */
        BAD_SIGNATURE,
        /** The signer's certificate is not in the mail, so the signature cannot be checked offline. */
        NO_CERTIFICATE,
        /** The signature verifies only with a certificate that was not valid at the stated signing time. */
        CERTIFICATE_NOT_VALID_AT_SIGNING
    }

    /** One signer, as its certificate names it. */
    public record Signer(Status status, String subject, String issuer, String serial, OffsetDateTime validFrom,
                         OffsetDateTime validTo, OffsetDateTime signedAt, boolean selfSigned) {
        public Signer {
            Objects.requireNonNull(status, "status");
            subject = subject == null ? "" : subject;
            issuer = issuer == null ? "" : issuer;
            serial = serial == null ? "" : serial;
        }
    }

    public SmimeInfo {
        Objects.requireNonNull(kind, "kind");
        signers = List.copyOf(signers);
        recipients = List.copyOf(recipients);
        problem = problem == null ? "" : problem;
    }

    /** Signed, every signature checked, and every one valid. */
    public boolean allValid() {
        return kind == Kind.SIGNED && problem.isEmpty() && !signers.isEmpty()
                && signers.stream().allMatch(s -> s.status() == Status.VALID);
    }
}
