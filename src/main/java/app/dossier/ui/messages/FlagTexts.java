package app.dossier.ui.messages;

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

    static String findingKey(String finding) {
        return switch (finding) {
            case "no-transport" -> "finding.noTransport";
            case "dkim-unaligned" -> "finding.dkimUnaligned";
            case "auth-failed" -> "finding.authFailed";
            case "return-path-differs" -> "finding.returnPath";
            case "reply-to-differs" -> "finding.replyTo";
            default -> "finding.other";
        };
    }
}
