package app.dossier.classify;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the cues' trigger strings (see {@link CuePatterns#triggers}) occur in a text, found in
 * one pass over it (Aho-Corasick) instead of one search per trigger and cue: with some hundred
 * cues the searches cost more than the few patterns then worth trying.
 *
 * <p>Every sentence and every message of a case is searched, so the automaton is compiled into a
 * table of moves with the failure links already followed: one array look-up per character. The
 * characters that occur in no trigger share one column (they lead back to the start).
 */
final class TriggerIndex {
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    /** Per character its column in {@link #moves}; 0 for characters of no trigger. */
    private final char[] columns = new char[Character.MAX_VALUE + 1];
    private final int width;
    /** state * width + column: the next state. */
    private final int[] moves;
    /** Per state the triggers that end there (those of its failure links included). */
    private final int[][] outputs;
    /**
     * {@link #moves} as the search reads it: the next state's first cell ({@code state * width}) shifted
     * left by one, the low bit set when triggers end there. Per character one look-up, no multiplication,
     * and the outputs are read only at the few states where a trigger ends.
     */
    private final int[] steps;

    TriggerIndex(List<String> triggers) {
        List<Map<Character, Integer>> next = new ArrayList<>();
        List<int[]> output = new ArrayList<>();
        next.add(new HashMap<>());
        output.add(new int[0]);
        int column = 0;
        for (String t : triggers) {
            if (t.isEmpty() || ids.containsKey(t)) {
                continue;
            }
            int id = ids.size();
            ids.put(t, id);
            int state = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (columns[c] == 0) {
                    columns[c] = (char) ++column;
                }
                Integer to = next.get(state).get(c);
                if (to == null) {
                    to = next.size();
                    next.add(new HashMap<>());
                    output.add(new int[0]);
                    next.get(state).put(c, to);
                }
                state = to;
            }
            output.set(state, append(output.get(state), id));
        }
        width = column + 1;
        moves = new int[next.size() * width];
        int[] fail = new int[next.size()];
        // Breadth first: a state's failure link is shallower, so its moves are complete when needed.
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (Map.Entry<Character, Integer> edge : next.get(0).entrySet()) {
            moves[columns[edge.getKey()]] = edge.getValue();
            queue.add(edge.getValue());
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            int f = fail[state];
            for (int col = 0; col < width; col++) {
                moves[state * width + col] = moves[f * width + col];
            }
            for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
                int child = edge.getValue();
                int col = columns[edge.getKey()];
                fail[child] = moves[f * width + col];
                for (int out : output.get(fail[child])) {
                    output.set(child, append(output.get(child), out));
                }
                moves[state * width + col] = child;
                queue.add(child);
            }
        }
        outputs = output.toArray(new int[0][]);
        if ((long) moves.length * 2 > Integer.MAX_VALUE) {
            throw new IllegalStateException("too many trigger strings for one table: " + ids.size());
        }
        steps = new int[moves.length];
        for (int i = 0; i < moves.length; i++) {
            int to = moves[i];
            steps[i] = (to * width) << 1 | (outputs[to].length > 0 ? 1 : 0);
        }
    }

    /** The id of a trigger string (as given to the constructor). */
    int id(String trigger) {
        return ids.get(trigger);
    }

    /** How many distinct trigger strings there are (ids are 0 to size - 1). */
    int size() {
        return ids.size();
    }

    /** The ids of the triggers that occur in the (lower-case) text. */
    BitSet find(String text) {
        long[] found = new long[(ids.size() + 63) / 64];
        int cell = 0;
        for (int i = 0; i < text.length(); i++) {
            int step = steps[cell + columns[text.charAt(i)]];
            cell = step >>> 1;
            if ((step & 1) != 0) {
                for (int o : outputs[cell / width]) {
                    found[o >> 6] |= 1L << o;
                }
            }
        }
        return BitSet.valueOf(found);
    }

    private static int[] append(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return a;
            }
        }
        int[] b = java.util.Arrays.copyOf(a, a.length + 1);
        b[a.length] = v;
        return b;
    }
}
