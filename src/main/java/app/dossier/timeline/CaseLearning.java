package app.dossier.timeline;

import app.dossier.model.EventCorrection;
import app.dossier.model.EventKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the case learned from the user: nearest neighbours over the sentences the user gave a kind
 * or confirmed one for. A sentence read as the same kind as a decided one, and similar enough to it
 * (cosine over character trigrams of its words, which holds across inflection, compounds and small
 * rewordings), is re-read as the user decided. Built from the stored decisions on every build, so it
 * survives rebuilds and a new classifier without a model file of its own.
 */
final class CaseLearning {
    /** Below this the sentences say different things; found on sibling sentences of the stories in the tests. */
    static final double SIMILAR = 0.55;

    private final Map<EventKind, List<Example>> byReadKind = new HashMap<>();

    /** A decided sentence: what it was read as, what the user says it is, and its trigrams. */
    record Example(EventCorrection decision, Map<String, Integer> grams, double norm) {
    }

    /** A neighbour found for a sentence: the decision and how similar (0 to 1). */
    record Match(EventCorrection decision, double similarity) {
    }

    CaseLearning(List<EventCorrection> decisions) {
        for (EventCorrection d : decisions) {
            if (d.decidedKind() == null || d.hidden() || d.keySentence().isBlank() || d.sourceType().equals("manual")) {
                continue;
            }
            Map<String, Integer> grams = grams(d.keySentence());
            if (!grams.isEmpty()) {
                byReadKind.computeIfAbsent(d.originalKind(), k -> new ArrayList<>())
                        .add(new Example(d, grams, norm(grams)));
            }
        }
    }

    boolean isEmpty() {
        return byReadKind.isEmpty();
    }

    /** Whether any decision was made on a sentence read as this kind (so nothing needs comparing otherwise). */
    boolean knows(EventKind readAs) {
        return byReadKind.containsKey(readAs);
    }

    /**
     * The most similar decided sentence read as the same kind, if similar enough; a decision on the
     * very source asked about does not count (that is the user's own decision, not a lesson).
     */
    Optional<Match> nearest(String sentence, EventKind readAs, String sourceType, long sourceId) {
        List<Example> examples = byReadKind.get(readAs);
        if (examples == null || sentence.isBlank()) {
            return Optional.empty();
        }
        Map<String, Integer> grams = grams(sentence);
        double norm = norm(grams);
        Match best = null;
        for (Example e : examples) {
            if (e.decision().sourceType().equals(sourceType) && e.decision().sourceId() == sourceId) {
                continue;
            }
            double similarity = cosine(grams, norm, e);
            if (similarity >= SIMILAR && (best == null || similarity > best.similarity())) {
                best = new Match(e.decision(), similarity);
            }
        }
        return Optional.ofNullable(best);
    }

    static double similarity(String a, String b) {
        Map<String, Integer> ga = grams(a);
        Map<String, Integer> gb = grams(b);
        return cosine(ga, norm(ga), new Example(null, gb, norm(gb)));
    }

    private static double cosine(Map<String, Integer> grams, double norm, Example e) {
        if (norm == 0 || e.norm() == 0) {
            return 0;
        }
        long dot = 0;
        Map<String, Integer> small = grams.size() <= e.grams().size() ? grams : e.grams();
        Map<String, Integer> large = small == grams ? e.grams() : grams;
        for (Map.Entry<String, Integer> g : small.entrySet()) {
            Integer other = large.get(g.getKey());
            if (other != null) {
                dot += (long) g.getValue() * other;
            }
        }
        return dot / (norm * e.norm());
    }

    /** Trigrams of each word padded with spaces (so word starts and ends count), accents folded. */
    static Map<String, Integer> grams(String sentence) {
        String folded = Normalizer.normalize(sentence.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('ß', 's');
        Map<String, Integer> grams = new HashMap<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.merge(padded.substring(i, i + 3), 1, Integer::sum);
            }
        }
        return grams;
    }

    private static double norm(Map<String, Integer> grams) {
        long sum = 0;
        for (int v : grams.values()) {
            sum += (long) v * v;
        }
        return Math.sqrt(sum);
    }
}
