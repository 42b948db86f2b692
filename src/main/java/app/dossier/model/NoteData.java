package app.dossier.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/** A note's content: when it happened, a title, who took part, and the text. */
public record NoteData(OffsetDateTime occurredAt, String title, String participants, String body) {
    public NoteData {
        Objects.requireNonNull(occurredAt, "occurredAt");
        title = title == null ? "" : title.strip();
        participants = participants == null ? "" : participants.strip();
        body = body == null ? "" : body;
    }
}
