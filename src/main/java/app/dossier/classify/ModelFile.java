package app.dossier.classify;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The file of a {@link LabelModel} (gzip): magic, format version, label count and names, per label
 * bias and threshold, the compound parts, then the feature count, the feature hashes in ascending
 * order (delta-coded), per label the weight step, and per feature one 16-bit weight per label.
 * A weight is kept as a multiple of its label's step, so that the model in memory is the one read
 * back from its file (and the checksum of a model just trained is that of the file written).
 */
final class ModelFile {
    private static final int MAGIC = 0x444f534d; // "DOSM"
    private static final int FORMAT = 2;

    private ModelFile() {
    }

    /** Per label the step of the stored 16-bit weights: the largest weight of the label is the largest short. */
    static float[] scales(float[] weights) {
        int k = LabelModel.LABELS.size();
        float[] scales = new float[k];
        for (int i = 0; i < weights.length; i++) {
            scales[i % k] = Math.max(scales[i % k], Math.abs(weights[i]));
        }
        for (int l = 0; l < k; l++) {
            scales[l] = scales[l] == 0 ? 1 : scales[l] / Short.MAX_VALUE;
        }
        return scales;
    }

    /** The weights as the file keeps them: each rounded to a multiple of its label's step. */
    static float[] quantized(float[] weights, float[] scales) {
        float[] q = new float[weights.length];
        for (int i = 0; i < q.length; i++) {
            float scale = scales[i % LabelModel.LABELS.size()];
            q[i] = Math.round(weights[i] / scale) * scale;
        }
        return q;
    }

    /** The model's content, uncompressed (the checksum is made of it). */
    static byte[] encode(int[] hashes, float[] weights, float[] scales, double[] bias, double[] thresholds,
                         Set<String> compoundParts) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(buffer);
            data.writeInt(MAGIC);
            data.writeInt(FORMAT);
            int k = LabelModel.LABELS.size();
            data.writeInt(k);
            for (int l = 0; l < k; l++) {
                data.writeUTF(LabelModel.LABELS.get(l).name());
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
                data.writeShort(Math.round(weights[i] / scales[i % k]));
            }
            data.flush();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's bytes: the content gzipped. */
    static byte[] gzipped(byte[] content) {
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(file)) {
                gz.write(content);
            }
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabelModel decode(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new GZIPInputStream(in));
        if (data.readInt() != MAGIC || data.readInt() != FORMAT) {
            throw new IOException("not a Dossier classifier model of format " + FORMAT);
        }
        int k = data.readInt();
        if (k != LabelModel.LABELS.size()) {
            throw new IOException("model has " + k + " labels, expected " + LabelModel.LABELS.size());
        }
        double[] bias = new double[k];
        double[] thresholds = new double[k];
        for (int l = 0; l < k; l++) {
            String name = data.readUTF();
            if (!name.equals(LabelModel.LABELS.get(l).name())) {
                throw new IOException("model label " + l + " is " + name + ", expected " + LabelModel.LABELS.get(l));
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
}
