package app.dossier.store;

/** One match: a message or a note, and how well it matched. */
public record SearchHit(SearchDocument.Kind kind, long id, float score) {
}
