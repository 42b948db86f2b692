package app.dossier.model;

/**
 * How much evidence and work a case holds, counted in its tables. Events are not here: they are
 * what the timeline makes of the messages and notes, so they are counted on a built timeline.
 */
public record CaseCounts(long originals, long messages, long notes, long highlights, long failures) {
    public CaseCounts {
        if (originals < 0 || messages < 0 || notes < 0 || highlights < 0 || failures < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
