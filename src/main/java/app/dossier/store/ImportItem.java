package app.dossier.store;

import app.dossier.model.MessageData;
import app.dossier.model.NoteData;
import app.dossier.model.SourceRef;
import java.util.Objects;

/** One original ready to store, with what was read from it. */
public record ImportItem(byte[] bytes, String sha256, app.dossier.model.ItemFormat format, SourceRef source, Content content,
                         String parentSha256) {
    public ImportItem {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
    }

    /** What the original turned out to be. */
    public sealed interface Content {
    }

    public record Mail(MessageData data) implements Content {
    }

    public record Note(NoteData data) implements Content {
    }

    /** Kept whole as evidence (an Outlook data file its items were converted from); no message of its own. */
    public record Evidence() implements Content {
    }

    /** Not parsed, because the case already holds these exact bytes. */
    public record AlreadyKnown() implements Content {
    }
}
