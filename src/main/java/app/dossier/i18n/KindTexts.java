package app.dossier.i18n;

import app.dossier.model.EventKind;

/** The message key naming each kind of event. */
public final class KindTexts {
    private KindTexts() {
    }

    public static String key(EventKind kind) {
        return switch (kind) {
            case REQUEST -> "kind.request";
            case WARNING -> "kind.warning";
            case APPROVAL -> "kind.approval";
            case THREAT -> "kind.threat";
            case INCIDENT -> "kind.incident";
            case CHANGE -> "kind.change";
            case BLAME -> "kind.blame";
            case MEETING -> "kind.meeting";
            case NOTE -> "kind.note";
            case OTHER -> "kind.other";
        };
    }
}
