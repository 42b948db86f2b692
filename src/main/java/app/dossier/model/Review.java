package app.dossier.model;

/**
 * Whether a person has looked at an event's kind. Only the user's own word makes a kind certain;
 * what the case learned from a correction is still a reading, and says so.
 */
public enum Review {
    /** Read by the classifier; nobody has looked at it. */
    UNREVIEWED,
    /** Re-read after the user corrected or confirmed a similar sentence; not looked at itself. */
    LEARNED,
    /** The user confirmed the kind the classifier found. */
    CONFIRMED,
    /** The user set another kind. */
    CORRECTED,
    /** Written or added by the user (a note, an event added by hand): nothing to review. */
    BY_HAND;

    /** Whether the user stands behind the kind. */
    public boolean byUser() {
        return this == CONFIRMED || this == CORRECTED || this == BY_HAND;
    }
}
