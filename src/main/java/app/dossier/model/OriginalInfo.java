package app.dossier.model;

import java.util.List;

/** One original of a message: its hash, size, how well it is evidenced, and every place it was read from. */
public record OriginalInfo(long id, String sha256, long size, ItemFormat format, int evidenceScore,
                           List<SourceRef> sources) {
    public OriginalInfo {
        sources = List.copyOf(sources);
    }
}
