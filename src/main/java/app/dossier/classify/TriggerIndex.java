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
 */
final class TriggerIndex {
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final List<Integer> fail = new ArrayList<>();
    private final List<int[]> output = new ArrayList<>();

    TriggerIndex(List<String> triggers) {
        next.add(new HashMap<>());
        fail.add(0);
        output.add(new int[0]);
        for (String t : triggers) {
            if (t.isEmpty() || ids.containsKey(t)) {
                continue;
            }
            int id = ids.size();
            ids.put(t, id);
            int state = 0;
            for (int i = 0; i < t.length(); i++) {
                Integer to = next.get(state).get(t.charAt(i));
                if (to == null) {
                    to = next.size();
                    next.add(new HashMap<>());
                    fail.add(0);
                    output.add(new int[0]);
                    next.get(state).put(t.charAt(i), to);
                }
                state = to;
            }
            output.set(state, append(output.get(state), id));
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>(next.get(0).values());
        while (!queue.isEmpty()) {
            int state = queue.poll();
            for (Map.Entry<Character, Integer> edge : next.get(state).entrySet()) {
                int child = edge.getValue();
                int f = fail.get(state);
                while (f != 0 && !next.get(f).containsKey(edge.getKey())) {
                    f = fail.get(f);
                }
                Integer target = next.get(f).get(edge.getKey());
                int link = target == null || target == child ? 0 : target;
                fail.set(child, link);
                for (int out : output.get(link)) {
                    output.set(child, append(output.get(child), out));
                }
                queue.add(child);
            }
        }
        compile();
        failLinks = fail.stream().mapToInt(Integer::intValue).toArray();
        outputs = output.toArray(new int[0][]);
    }

    private int[] failLinks;
    private int[][] outputs;

    /** Transitions as arrays for the search: per state, 128 ASCII targets (-1: none); other characters in maps. */
    private int[][] ascii;

    private void compile() {
        ascii = new int[next.size()][];
        for (int state = 0; state < next.size(); state++) {
            int[] row = new int[128];
            java.util.Arrays.fill(row, -1);
            for (Map.Entry<Character, Integer> e : next.get(state).entrySet()) {
                if (e.getKey() < 128) {
                    row[e.getKey()] = e.getValue();
                }
            }
            ascii[state] = row;
        }
    }

    private int step(int state, char c) {
        if (c < 128) {
            return ascii[state][c];
        }
        Integer to = next.get(state).get(c);
        return to == null ? -1 : to;
    }

    /** The id of a trigger string (as given to the constructor). */
    int id(String trigger) {
        return ids.get(trigger);
    }

    /** The ids of the triggers that occur in the (lower-case) text. */
    BitSet find(String text) {
        BitSet found = new BitSet(ids.size());
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int to;
            while ((to = step(state, c)) < 0 && state != 0) {
                state = failLinks[state];
            }
            state = to < 0 ? 0 : to;
            for (int out : outputs[state]) {
                found.set(out);
            }
        }
        return found;
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
