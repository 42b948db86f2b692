package app.dossier.ui.messages;

import app.dossier.model.HeaderFinding;
import app.dossier.model.MessageFlag;

/** The message key that names each flag. */
final class FlagTexts {
    private FlagTexts() {
    }

    static String key(MessageFlag flag) {
        return switch (flag) {
            case NO_TRANSPORT_HEADERS -> "flag.noTransport";
            case MESSAGE_ID_CONFLICT -> "flag.idConflict";
            case REPLY_TO_MISMATCH -> "flag.replyTo";
            case RETURN_PATH_MISMATCH -> "flag.returnPath";
            case EMBEDDED -> "flag.embedded";
            case DAMAGED -> "flag.damaged";
            case BULK -> "flag.bulk";
            case DATE_MALFORMED -> "flag.dateMalformed";
            case STRUCTURE_BROKEN -> "flag.structureBroken";
            case CHARSET_GUESSED -> "flag.charsetGuessed";
            case SMIME_SIGNED -> "flag.smimeSigned";
            case SMIME_SIGNATURE_INVALID -> "flag.smimeInvalid";
            case SMIME_ENCRYPTED -> "flag.smimeEncrypted";
        };
    }

    static String findingKey(HeaderFinding finding) {
        return switch (finding) {
            case NO_TRANSPORT -> "finding.noTransport";
            case DKIM_UNALIGNED -> "finding.dkimUnaligned";
            case AUTH_FAILED -> "finding.authFailed";
            case RETURN_PATH_DIFFERS -> "finding.returnPath";
            case REPLY_TO_DIFFERS -> "finding.replyTo";
        };
    }
}
