package app.dossier.model;

/** How much evidence and work a case holds; what {@code dossier info} prints. */
public record CaseCounts(long originals, long messages, long notes, long events, long highlights) {
    public CaseCounts {
        if (originals < 0 || messages < 0 || notes < 0 || events < 0 || highlights < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
