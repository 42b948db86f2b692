package app.dossier.classify;

import app.dossier.model.EventKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The trained model: for each of the seven labels a logistic regression over hashed sentence
 * features (weights learned by liblinear, see {@link ModelTrainer}), the probability threshold
 * chosen by cross-validation, and the German words used to split compounds. A label's probability
 * is {@code 1 / (1 + exp(-(w·x + b)))}, in [0, 1].
 * Only features seen in training are kept; the file's format is {@link ModelFile}'s.
 */
final class LabelModel {
    static final List<EventKind> LABELS = List.of(EventKind.REQUEST, EventKind.WARNING, EventKind.APPROVAL,
            EventKind.THREAT, EventKind.INCIDENT, EventKind.CHANGE, EventKind.BLAME);
    static final String RESOURCE = "/app/dossier/classify/model.bin";

    private final int[] hashes; // ascending
    private final float[] weights; // hashes.length * LABELS.size(), each a multiple of its label's scale
    /** Per label the step of the stored 16-bit weights: the model file is half the size of one with floats. */
    private final float[] scales;
    private final double[] bias;
    private final double[] thresholds;
    private final Set<String> compoundParts;
    private final String checksum;
    /**
     * Per slot the feature hash and its row + 1 side by side (0 marks an empty slot): a look-up reads
     * one cache line, not one in an array of keys and another in an array of rows.
     */
    private final int[] table;

    LabelModel(int[] hashes, float[] weights, double[] bias, double[] thresholds, Set<String> compoundParts) {
        this.hashes = hashes.clone();
        this.scales = ModelFile.scales(weights);
        this.weights = ModelFile.quantized(weights, scales);
        this.bias = bias.clone();
        this.thresholds = thresholds.clone();
        this.compoundParts = Set.copyOf(new TreeSet<>(compoundParts));
        this.checksum = digest(bytes());
        int size = Integer.highestOneBit(Math.max(16, hashes.length * 2)) * 2;
        this.table = new int[size * 2];
        for (int row = 0; row < hashes.length; row++) {
            int slot = hashes[row] & (size - 1);
            while (table[2 * slot + 1] != 0) {
                slot = (slot + 1) & (size - 1);
            }
            table[2 * slot] = hashes[row];
            table[2 * slot + 1] = row + 1;
        }
    }

    /** The row of a feature hash, or -1: an open-addressing table, the hot path of classification. */
    int row(int hash) {
        int mask = table.length / 2 - 1;
        int slot = hash & mask;
        while (true) {
            int row = table[2 * slot + 1];
            if (row == 0) {
                return -1;
            }
            if (table[2 * slot] == hash) {
                return row - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The model built into the application. */
    static LabelModel builtIn() {
        return fromBuiltIn(LabelModel::read);
    }

    /**
     * The checksum of the built-in model without reading it into a model: the file's content is
     * what {@link #checksum()} is made of, so a case whose analyses are current is opened, listed or
     * briefed without decoding 60,000 weights only to learn the classifier's name.
     */
    static String builtInChecksum() {
        return fromBuiltIn(in -> digest(new java.util.zip.GZIPInputStream(in).readAllBytes()));
    }

    private interface FileReading<T> {
        T read(InputStream in) throws IOException;
    }

    /** What {@code reading} makes of the built-in model's file. */
    private static <T> T fromBuiltIn(FileReading<T> reading) {
        try (InputStream in = LabelModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " (run: dossier train)");
            }
            return reading.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> compoundParts() {
        return compoundParts;
    }

    double threshold(int label) {
        return thresholds[label];
    }

    int size() {
        return hashes.length;
    }

    /** A short name of the weights: changes whenever the model does. */
    String checksum() {
        return checksum;
    }

    /** The probability of each label for one sentence. */
    double[] probabilities(SentenceFeatures.FeatureVector x) {
        int k = LABELS.size();
        double[] sum = bias.clone();
        int[] xh = x.hashes();
        double[] xv = x.values();
        for (int i = 0; i < xh.length; i++) {
            int row = x.rowIn(this, i);
            if (row >= 0) {
                int base = row * k;
                for (int l = 0; l < k; l++) {
                    sum[l] += weights[base + l] * xv[i];
                }
            }
        }
        for (int l = 0; l < k; l++) {
            sum[l] = 1 / (1 + Math.exp(-sum[l]));
        }
        return sum;
    }

    /** The stored weight of a row (the model's feature at that place of the ascending hashes) for a label. */
    double weight(int row, int label) {
        return weights[row * LABELS.size() + label];
    }

    /** The features of the sentence that pushed most towards the label, strongest first, with their weights. */
    List<Contribution> strongest(int label, SentenceFeatures.FeatureVector x, int count) {
        // The first {@code count} of the positive pushes sorted strongest first, equals in feature order
        // (as a stable sort gives them), kept while going through the features instead of sorting all.
        if (count <= 0) {
            return List.of();
        }
        int[] best = new int[count];
        double[] bestWeight = new double[count];
        int kept = 0;
        for (int i = 0; i < x.hashes().length; i++) {
            int row = x.rowIn(this, i);
            if (row >= 0) {
                double w = weights[row * LABELS.size() + label] * x.values()[i];
                if (w > 0 && (kept < count || w > bestWeight[kept - 1])) {
                    int at = Math.min(kept, count - 1);
                    while (at > 0 && bestWeight[at - 1] < w) {
                        if (at < count) {
                            best[at] = best[at - 1];
                            bestWeight[at] = bestWeight[at - 1];
                        }
                        at--;
                    }
                    best[at] = i;
                    bestWeight[at] = w;
                    kept = Math.min(count, kept + 1);
                }
            }
        }
        List<Contribution> found = new ArrayList<>(kept);
        for (int k = 0; k < kept; k++) {
            found.add(new Contribution(x.names().get(best[k]), bestWeight[k]));
        }
        return found;
    }

    /** One feature's push towards a label. */
    record Contribution(String feature, double weight) {
    }

    void write(OutputStream out) throws IOException {
        out.write(ModelFile.gzipped(bytes()));
    }

    /** The model as its file holds it, before compression (also what the checksum is made of). */
    private byte[] bytes() {
        return ModelFile.encode(hashes, weights, scales, bias, thresholds, compoundParts);
    }

    static LabelModel read(InputStream in) throws IOException {
        return ModelFile.decode(in);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
