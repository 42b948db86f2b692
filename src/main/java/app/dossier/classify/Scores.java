package app.dossier.classify;

import app.dossier.model.EventKind;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Precision, recall and F1 per label (OTHER included, as a label of its own) over texts with known labels. */
public final class Scores {
    /** The labels scored, in the order they are printed. */
    public static final List<EventKind> LABELS = List.of(EventKind.REQUEST, EventKind.WARNING, EventKind.APPROVAL,
            EventKind.THREAT, EventKind.INCIDENT, EventKind.CHANGE, EventKind.BLAME, EventKind.OTHER);

    private final Map<EventKind, int[]> counts = new EnumMap<>(EventKind.class); // tp, fp, fn
    private int texts;

    public Scores() {
        LABELS.forEach(l -> counts.put(l, new int[3]));
    }

    /** Counts one text; an empty set of labels (or OTHER alone) means OTHER. */
    public void add(Set<EventKind> expected, Set<EventKind> actual) {
        Set<EventKind> e = withOther(expected);
        Set<EventKind> a = withOther(actual);
        texts++;
        for (EventKind label : LABELS) {
            boolean want = e.contains(label);
            boolean got = a.contains(label);
            counts.get(label)[want && got ? 0 : got ? 1 : 2] += want || got ? 1 : 0;
        }
    }

    /** Adds the counts of {@code other} (texts scored elsewhere, e.g. in another fold). */
    public void addAll(Scores other) {
        texts += other.texts;
        for (EventKind label : LABELS) {
            int[] mine = counts.get(label);
            int[] theirs = other.counts.get(label);
            for (int i = 0; i < mine.length; i++) {
                mine[i] += theirs[i];
            }
        }
    }

    private static Set<EventKind> withOther(Set<EventKind> labels) {
        Set<EventKind> s = labels.isEmpty() ? EnumSet.noneOf(EventKind.class) : EnumSet.copyOf(labels);
        s.retainAll(LABELS);
        if (s.isEmpty()) {
            s.add(EventKind.OTHER);
        }
        return s;
    }

    public double precision(EventKind label) {
        int[] c = counts.get(label);
        return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    }

    public double recall(EventKind label) {
        int[] c = counts.get(label);
        return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    }

    public double f1(EventKind label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The mean F1 over the labels that occur (expected or found) at least once. */
    public double macroF1() {
        double sum = 0;
        int n = 0;
        for (EventKind label : LABELS) {
            int[] c = counts.get(label);
            if (c[0] + c[1] + c[2] > 0) {
                sum += f1(label);
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    public int texts() {
        return texts;
    }

    /** A table: label, precision, recall, F1, support; then macro-F1. */
    public String table() {
        StringBuilder out = new StringBuilder("label       precision  recall    F1  support\n");
        for (EventKind label : LABELS) {
            int[] c = counts.get(label);
            out.append(String.format(Locale.ROOT, "%-10s  %9.2f  %6.2f  %4.2f  %7d%n", label, precision(label),
                    recall(label), f1(label), c[0] + c[2]));
        }
        return out.append(String.format(Locale.ROOT, "macro-F1 %.3f on %d texts%n", macroF1(), texts)).toString();
    }
}
