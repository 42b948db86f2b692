package app.dossier.timeline;

/**
 * A count per long key in open addressing, without boxing: the trigram counts of a whole case are
 * made on the first decision after a build, and a boxed map of millions of entries is too slow for a
 * key press. Keys are never 0 (a trigram always holds a letter).
 */
final class LongCounts {
    private long[] keys;
    private int[] counts;
    private int size;

    LongCounts(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        counts = new int[capacity];
    }

    void add(long key, int n) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = slot(keys, key);
        if (keys[i] == 0) {
            keys[i] = key;
            size++;
        }
        counts[i] += n;
    }

    int get(long key) {
        int i = slot(keys, key);
        return keys[i] == key ? counts[i] : 0;
    }

    boolean contains(long key) {
        return keys[slot(keys, key)] == key;
    }

    private static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }
}
