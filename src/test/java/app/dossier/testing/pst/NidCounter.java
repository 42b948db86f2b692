package app.dossier.testing.pst;

/** Hands out node ids of one type, index after index. */
final class NidCounter {
    private final int type;
    private int index;

    NidCounter(int type, int firstIndex) {
        this.type = type;
        this.index = firstIndex;
    }

    int next() {
        return (index++ << 5) | type;
    }

    NidCounter copy() {
        return new NidCounter(type, index);
    }
}
