package app.dossier.model;

/**
 * A message or note as an exhibit. Exhibit numbers are case-wide and stable for a given set of
 * messages and notes: the 1-based rank of the source in time (then by kind and id), so a quote card,
 * the Key phrases section and every briefing cite the same number for the same mail
 * (docs/decisions/0010-exhibit-numbers.md).
 */
public record ExhibitRef(SourceKind kind, long sourceId, int number) {
    public ExhibitRef {
        if (number < 1) {
            throw new IllegalArgumentException("exhibit numbers start at 1: " + number);
        }
    }

    /** Which kind of source an exhibit is. */
    public enum SourceKind {
        MESSAGE, NOTE
    }
}
