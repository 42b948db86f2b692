package app.dossier.ingest.msg;

import app.dossier.ingest.mime.ParsedMessage;
import app.dossier.model.NoteData;

/** What an Outlook file holds: a mail, or a non-mail item (appointment, contact, task, note) kept as a note. */
public sealed interface OutlookItem {
    record Mail(ParsedMessage message) implements OutlookItem {
    }

    record NonMail(NoteData note) implements OutlookItem {
    }
}
