package app.dossier.timeline;

/**
 * How sure a reading is, from 0 to 1, from the classifier's score: the one place that knows what a
 * score means. A trained model gives a probability (0 to 1), which is used as it is; the cue rules
 * give a weight sum that is at least their threshold of 2, mapped onto the same scale (one cue of
 * weight 2 is a fair guess, several agreeing cues make it likely). Everything that decides whether a
 * reading counts asks {@link #isSure}.
 */
public final class Confidence {
    /** At or above this a reading counts as a fact (marked as unreviewed); below it is a candidate to check. */
    public static final double SURE = 0.6;
    /** A reading re-done from the user's own decision on a very similar sentence: likely, not certain. */
    static final double LEARNED_CEILING = 0.95;
    /** The cue rules' threshold: a score above 1 can only be a cue weight sum. */
    private static final double CUE_THRESHOLD = 2.0;

    private Confidence() {
    }

    public static double of(double score) {
        if (Double.isNaN(score) || score <= 0) {
            return 0;
        }
        if (score <= 1) {
            return score; // a probability
        }
        // 2 -> 0.64, 2.5 -> 0.74, 3 -> 0.82, 4 -> 0.91: each further cue makes it likelier, never certain.
        double above = Math.max(0, score - (CUE_THRESHOLD - 0.5));
        return Math.min(0.99, 0.5 + 0.5 * (1 - Math.exp(-above / 1.5)));
    }

    /** Whether a confidence is high enough to count as a fact. */
    public static boolean isSure(double confidence) {
        return confidence >= SURE;
    }
}
