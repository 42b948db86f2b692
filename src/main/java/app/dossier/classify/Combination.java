package app.dossier.classify;

/**
 * How the model's probabilities and the hand-written cues make a sentence's labels. The model
 * gives a label from {@code max(threshold × thresholdScale, floor)}; the cues give one on their own
 * only from a summed weight of {@code cueThreshold} and only when the model gives the label at
 * least {@code cueNeedsModel}; the rules of structure apply after both (see {@link Classifier}).
 *
 * @param cueThreshold summed cue weight from which the cues give a label beside the model
 *                     ({@link Double#POSITIVE_INFINITY}: never; the cues are then only features)
 * @param cueNeedsModel the model's probability a cue-given label still needs
 * @param floor per label (in {@link LabelModel#LABELS} order) the least probability the model alone needs
 * @param thresholdScale factor on the cross-validated thresholds
 * @param blameKeepsIncident whether a sentence that blames may also report an incident ("since your
 *                           team disabled the filter we lost 3,000 records" does both)
 * @param changeWithoutDone the model's probability from which a CHANGE needs no done tense in the
 *                          sentence (1: a change must always say it was done)
 */
record Combination(double cueThreshold, double cueNeedsModel, double[] floor, double thresholdScale,
                   boolean blameKeepsIncident, double changeWithoutDone) {
    Combination {
        floor = floor.clone();
        if (floor.length != LabelModel.LABELS.size()) {
            throw new IllegalArgumentException("one floor per label");
        }
    }

    /** The combination of 2026-12-01: strong cues decide, the model alone labels from p >= 0.5. */
    static final Combination CUES_DECIDE = new Combination(2.0, 0, uniform(0.5), 1, false, 0);

    /** The model at its cross-validated thresholds; the cues are only its features. */
    static final Combination MODEL_ALONE = new Combination(Double.POSITIVE_INFINITY, 0, uniform(0), 1, true, 0);

    /** The combination the application uses. */
    static final Combination SHIPPED = new Combination(2.0, 0.05, uniform(0.2), 1, true, 0.5);

    /**
     * The combination for the user's notes of calls and meetings (see {@link Classifier#classifyNote}):
     * the cues, which read reported speech as the oral event, decide; the model, trained on mail and
     * not on notes, adds only what it is fairly sure of (the requester's "then you'll get it in
     * writing" in a call note is no approval; chosen on the reference scenario's notes).
     */
    static final Combination NOTES = new Combination(2.0, 0, uniform(0.65), 1, false, 0);

    static double[] uniform(double value) {
        double[] f = new double[LabelModel.LABELS.size()];
        java.util.Arrays.fill(f, value);
        return f;
    }

    /** The probability from which the model alone gives label {@code l}. */
    double modelThreshold(LabelModel model, int l) {
        return Math.max(model.threshold(l) * thresholdScale, floor[l]);
    }
}
