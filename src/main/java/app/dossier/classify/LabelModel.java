package app.dossier.classify;

import app.dossier.model.EventKind;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The trained model: for each of the seven labels a logistic regression over hashed sentence
 * features (weights learned by liblinear, see {@link ModelTrainer}), the probability threshold
 * chosen by cross-validation, and the German words used to split compounds. A label's probability
 * is {@code 1 / (1 + exp(-(w·x + b)))}, in [0, 1].
 *
 * <p>File format (gzip): magic, format version, label count and names, per label bias and
 * threshold, the compound parts, then the feature count, the feature hashes in ascending order
 * (delta-coded), per label the weight step, and per feature one 16-bit weight per label. Only features seen in training are kept.
 */
final class LabelModel {
    static final List<EventKind> LABELS = List.of(EventKind.REQUEST, EventKind.WARNING, EventKind.APPROVAL,
            EventKind.THREAT, EventKind.INCIDENT, EventKind.CHANGE, EventKind.BLAME);
    static final String RESOURCE = "/app/dossier/classify/model.bin";
    private static final int MAGIC = 0x444f534d; // "DOSM"
    private static final int FORMAT = 2;

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
        this.scales = scales(weights);
        this.weights = quantized(weights, scales);
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
        try (InputStream in = LabelModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " (run: dossier train)");
            }
            return read(in);
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
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes());
        }
    }

    private byte[] bytes() {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(buffer);
            data.writeInt(MAGIC);
            data.writeInt(FORMAT);
            data.writeInt(LABELS.size());
            for (int l = 0; l < LABELS.size(); l++) {
                data.writeUTF(LABELS.get(l).name());
                data.writeDouble(bias[l]);
                data.writeDouble(thresholds[l]);
            }
            data.writeInt(compoundParts.size());
            for (String part : new TreeSet<>(compoundParts)) {
                data.writeUTF(part);
            }
            data.writeInt(hashes.length);
            int last = Integer.MIN_VALUE;
            for (int h : hashes) {
                writeVarLong(data, (long) h - last);
                last = h;
            }
            for (float scale : scales) {
                data.writeFloat(scale);
            }
            for (int i = 0; i < weights.length; i++) {
                data.writeShort(Math.round(weights[i] / scales[i % LABELS.size()]));
            }
            data.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabelModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        if (data.readInt() != MAGIC || data.readInt() != FORMAT) {
            throw new IOException("not a Dossier classifier model of format " + FORMAT);
        }
        int k = data.readInt();
        if (k != LABELS.size()) {
            throw new IOException("model has " + k + " labels, expected " + LABELS.size());
        }
        double[] bias = new double[k];
        double[] thresholds = new double[k];
        for (int l = 0; l < k; l++) {
            String name = data.readUTF();
            if (!name.equals(LABELS.get(l).name())) {
                throw new IOException("model label " + l + " is " + name + ", expected " + LABELS.get(l));
            }
            bias[l] = data.readDouble();
            thresholds[l] = data.readDouble();
        }
        int partCount = data.readInt();
        Set<String> parts = new TreeSet<>();
        for (int i = 0; i < partCount; i++) {
            parts.add(data.readUTF());
        }
        int n = data.readInt();
        int[] hashes = new int[n];
        long last = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            last += readVarLong(data);
            hashes[i] = (int) last;
        }
        float[] scales = new float[k];
        for (int l = 0; l < k; l++) {
            scales[l] = data.readFloat();
        }
        float[] weights = new float[n * k];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = data.readShort() * scales[i % k];
        }
        return new LabelModel(hashes, weights, bias, thresholds, parts);
    }

    private static float[] scales(float[] weights) {
        int k = LABELS.size();
        float[] scales = new float[k];
        for (int i = 0; i < weights.length; i++) {
            scales[i % k] = Math.max(scales[i % k], Math.abs(weights[i]));
        }
        for (int l = 0; l < k; l++) {
            scales[l] = scales[l] == 0 ? 1 : scales[l] / Short.MAX_VALUE;
        }
        return scales;
    }

    private static float[] quantized(float[] weights, float[] scales) {
        float[] q = new float[weights.length];
        for (int i = 0; i < q.length; i++) {
            float scale = scales[i % LABELS.size()];
            q[i] = Math.round(weights[i] / scale) * scale;
        }
        return q;
    }

    private static void writeVarLong(DataOutputStream out, long value) throws IOException {
        while ((value & ~0x7FL) != 0) {
            out.writeByte((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.writeByte((int) value);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long value = 0;
        int shift = 0;
        int b;
        do {
            b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        return value;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
