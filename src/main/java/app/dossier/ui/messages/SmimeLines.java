package app.dossier.ui.messages;

import app.dossier.i18n.Messages;
import app.dossier.model.SmimeInfo;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The S/MIME verdict in plain words for the Authenticity tab: whether the content is what was
 * signed, by whom (the certificate's subject, issuer and validity), or to whom it was encrypted.
 * Plain Java, so it is tested without the FX toolkit.
 */
final class SmimeLines {
    /** How a line is shown. */
    enum Tone { GOOD, BAD, NOTE }

    record Line(String text, Tone tone) {
    }

    private final Messages messages;

    SmimeLines(Messages messages) {
        this.messages = messages;
    }

    List<Line> lines(SmimeInfo info) {
        List<Line> lines = new ArrayList<>();
        if (info == null) {
            lines.add(new Line(messages.get("auth.smime.none"), Tone.NOTE));
            return lines;
        }
        if (!info.problem().isEmpty()) {
            lines.add(new Line(messages.format("auth.smime.problem", info.problem()), Tone.BAD));
        }
        if (info.kind() == SmimeInfo.Kind.ENCRYPTED) {
            lines.add(new Line(messages.get("auth.smime.encrypted"), Tone.NOTE));
            for (String recipient : info.recipients()) {
                lines.add(new Line(messages.format("auth.smime.recipient", recipient), Tone.NOTE));
            }
            return lines;
        }
        for (SmimeInfo.Signer signer : info.signers()) {
            String who = signer.subject().isEmpty() ? signer.issuer() : signer.subject();
            String key = switch (signer.status()) {
                case VALID -> "auth.smime.valid";
                case CONTENT_ALTERED -> "auth.smime.altered";
                case BAD_SIGNATURE -> "auth.smime.badSignature";
                case NO_CERTIFICATE -> "auth.smime.noCertificate";
                case CERTIFICATE_NOT_VALID_AT_SIGNING -> "auth.smime.notValidAtSigning";
            };
            lines.add(new Line(messages.format(key, who), signer.status() == SmimeInfo.Status.VALID ? Tone.GOOD : Tone.BAD));
            if (!signer.subject().isEmpty()) {
                lines.add(new Line(messages.format("auth.smime.certificate", signer.subject(), signer.issuer(),
                        time(signer.validFrom()), time(signer.validTo()), signer.serial()), Tone.NOTE));
            }
            if (signer.signedAt() != null) {
                lines.add(new Line(messages.format("auth.smime.signedAt", time(signer.signedAt())), Tone.NOTE));
            }
            if (signer.selfSigned()) {
                lines.add(new Line(messages.get("auth.smime.selfSigned"), Tone.NOTE));
            }
        }
        if (info.opaque()) {
            lines.add(new Line(messages.get("auth.smime.opaque"), Tone.NOTE));
        }
        if (!info.signers().isEmpty()) {
            lines.add(new Line(messages.get("auth.smime.trust"), Tone.NOTE));
        }
        return lines;
    }

    private static String time(OffsetDateTime time) {
        return time == null ? "?" : time.toString();
    }
}
