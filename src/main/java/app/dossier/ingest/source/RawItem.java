package app.dossier.ingest.source;

import app.dossier.model.ItemFormat;

import app.dossier.model.SourceRef;
import java.util.Objects;

/** The exact bytes of one item as read from a source, before any parsing. */
public record RawItem(byte[] bytes, SourceRef source, ItemFormat format, long sourceBytes) {
    public RawItem {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
    }

    public RawItem(byte[] bytes, SourceRef source, ItemFormat format) {
        this(bytes, source, format, bytes.length);
    }
}
