package app.dossier.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the features of one sentence, each once (an open-addressing set of hashes), with its kind,
 * its row in the model when known and, if asked, its name; then makes the {@link SentenceFeatures.FeatureVector}.
 */
final class FeatureSink {
    /** A feature whose row in the model is not known yet: looked up when the vector is made. */
    static final int NOT_LOOKED_UP = -2;

    private int[] slots = new int[256];
    private boolean[] taken = new boolean[256];
    private int[] hashes = new int[128];
    private char[] kinds = new char[128];
    private int[] rows = new int[128];
    final List<String> names;
    private int size;

    FeatureSink(boolean named) {
        names = named ? new ArrayList<>() : null;
    }

    /** This sink emptied (its tables keep their size: which slot a hash takes changes nothing of the vector). */
    FeatureSink cleared() {
        Arrays.fill(taken, false);
        size = 0;
        if (names != null) {
            names.clear();
        }
        return this;
    }

    int size() {
        return size;
    }

    int[] hashes() {
        return Arrays.copyOf(hashes, size);
    }

    char[] kinds() {
        return Arrays.copyOf(kinds, size);
    }

    void add(int hash, char kind, String name) {
        add(hash, kind, name, NOT_LOOKED_UP);
    }

    void add(int hash, char kind, String name, int row) {
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (taken[slot]) {
            if (slots[slot] == hash) {
                return;
            }
            slot = (slot + 1) & mask;
        }
        taken[slot] = true;
        slots[slot] = hash;
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
            rows = Arrays.copyOf(rows, size * 2);
        }
        hashes[size] = hash;
        kinds[size] = kind;
        rows[size] = row;
        size++;
        if (names != null) {
            names.add(name);
        }
        if (size * 2 > slots.length) {
            grow();
        }
    }

    private void grow() {
        int[] old = Arrays.copyOf(hashes, size);
        slots = new int[slots.length * 2];
        taken = new boolean[taken.length * 2];
        int mask = slots.length - 1;
        for (int h : old) {
            int slot = h & mask;
            while (taken[slot]) {
                slot = (slot + 1) & mask;
            }
            taken[slot] = true;
            slots[slot] = h;
        }
    }

    /**
     * The vector of the features collected; with a model, also each feature's row in it (those not
     * known yet looked up now), so the model does not look up again what a word's cached parts know.
     */
    SentenceFeatures.FeatureVector vector(LabelModel model) {
        int words = 0;
        int letters = 0;
        for (int i = 0; i < size; i++) {
            char kind = kinds[i];
            words += kind == 'w' || kind == 'b' || kind == 's' ? 1 : 0;
            letters += kind == 'c' ? 1 : 0;
        }
        double word = words == 0 ? 0 : 1 / Math.sqrt(words);
        double letter = letters == 0 ? 0 : 1 / Math.sqrt(letters);
        double[] values = new double[size];
        for (int i = 0; i < size; i++) {
            char kind = kinds[i];
            values[i] = kind == 'c' ? letter : kind == 'g' || kind == 'r' ? SentenceFeatures.FeatureVector.FLAG : word;
        }
        int[] known = null;
        if (model != null) {
            known = Arrays.copyOf(rows, size);
            for (int i = 0; i < size; i++) {
                if (known[i] == NOT_LOOKED_UP) {
                    known[i] = model.row(hashes[i]);
                }
            }
        }
        return new SentenceFeatures.FeatureVector(names == null ? List.of() : List.copyOf(names),
                Arrays.copyOf(hashes, size), values, known, known == null ? null : model);
    }
}
