package app.dossier.ingest.mime;

import app.dossier.model.MessageData;
import java.util.List;
import java.util.Objects;

/** A parsed mail and the items found inside it that are imported as originals of their own. */
public record ParsedMessage(MessageData data, List<EmbeddedItem> embedded) {
    public ParsedMessage {
        Objects.requireNonNull(data, "data");
        embedded = List.copyOf(embedded);
    }

    /** An item found inside a message, such as an attached Outlook mail. */
    public record EmbeddedItem(byte[] bytes, String name, boolean outlook) {
    }
}
