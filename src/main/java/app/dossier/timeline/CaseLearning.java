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
import java.util.regex.Pattern;

/**
 * What the case learned from the user: nearest neighbours over the sentences the user gave a kind
 * or confirmed one for. A sentence read as the same kind as a decided one, and similar enough to it,
 * is re-read as the user decided. Similar means a cosine over character trigrams of the words (which
 * holds across inflection, compounds and small rewordings), each weighted by how rare it is in this
 * case: every mail of a case speaks of the same login or the same firewall, so what tells sentences
 * apart is how they speak of it ("we accept the risk" against "a risk we cannot take"); and a sentence
 * negated where the other is not is only half as similar. Built from the stored decisions on every
 * build, so it survives rebuilds and a new classifier without a model file of its own.
 */
final class CaseLearning {
    /**
     * Below this the sentences say different things: rewordings of one sentence score 0.7 and more,
     * sentences about the same thing said otherwise ("… is live", "… please set it up") up to 0.55
     * (CaseLearningTest).
     */
    static final double SIMILAR = 0.6;

    private static final Pattern NEGATION = Pattern.compile("(?iu)\\b(not|no|never|cannot|can't|won't|don't|"
            + "doesn't|isn't|nicht|kein\\p{L}*|nie|niemals)\\b|n't\\b");

    private final Map<EventKind, List<Example>> byReadKind = new HashMap<>();
    private final Vocabulary vocabulary;

    /** A decided sentence: what it was read as, what the user says it is, and its trigrams. */
    record Example(EventCorrection decision, Map<String, Double> grams, double norm, boolean negated) {
    }

    /**
     * How many sentences of the case each trigram occurs in: made once per draft (the window applies
     * decisions to the same draft again and again).
     */
    static final class Vocabulary {
        private final Map<String, Integer> documents = new HashMap<>();
        private final int size;

        Vocabulary(java.util.Collection<String> sentences) {
            java.util.Set<String> distinct = new java.util.HashSet<>(sentences);
            for (String sentence : distinct) {
                grams(sentence).keySet().forEach(g -> documents.merge(g, 1, Integer::sum));
            }
            size = distinct.size();
        }

        double weight(String gram) {
            return Math.log((size + 1.0) / (documents.getOrDefault(gram, 0) + 1.0)) + 1;
        }
    }

    /** A neighbour found for a sentence: the decision and how similar (0 to 1). */
    record Match(EventCorrection decision, double similarity) {
    }

    CaseLearning(List<EventCorrection> decisions, java.util.function.Supplier<Vocabulary> vocabulary) {
        List<EventCorrection> lessons = decisions.stream().filter(d -> d.decidedKind() != null && !d.hidden()
                && !d.keySentence().isBlank() && !d.sourceType().equals("manual")).toList();
        this.vocabulary = lessons.isEmpty() ? null : vocabulary.get();
        for (EventCorrection d : lessons) {
            Map<String, Double> grams = weighted(d.keySentence());
            if (!grams.isEmpty()) {
                byReadKind.computeIfAbsent(d.originalKind(), k -> new ArrayList<>())
                        .add(new Example(d, grams, norm(grams), negated(d.keySentence())));
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
        Map<String, Double> grams = weighted(sentence);
        double norm = norm(grams);
        boolean negated = negated(sentence);
        Match best = null;
        for (Example e : examples) {
            if (e.decision().sourceType().equals(sourceType) && e.decision().sourceId() == sourceId) {
                continue;
            }
            double similarity = cosine(grams, norm, e) * (negated == e.negated() ? 1 : 0.5);
            if (similarity >= SIMILAR && (best == null || similarity > best.similarity())) {
                best = new Match(e.decision(), similarity);
            }
        }
        return Optional.ofNullable(best);
    }

    /** How similar two sentences are, with the trigram weights of a case made of {@code sentences}. */
    static double similarity(String a, String b, java.util.Collection<String> sentences) {
        Vocabulary v = new Vocabulary(sentences);
        Map<String, Double> ga = weighted(a, v);
        Map<String, Double> gb = weighted(b, v);
        return cosine(ga, norm(ga), new Example(null, gb, norm(gb), false))
                * (negated(a) == negated(b) ? 1 : 0.5);
    }

    private static boolean negated(String sentence) {
        return NEGATION.matcher(sentence).find();
    }

    private Map<String, Double> weighted(String sentence) {
        return weighted(sentence, vocabulary);
    }

    private static Map<String, Double> weighted(String sentence, Vocabulary vocabulary) {
        Map<String, Double> weighted = new HashMap<>();
        grams(sentence).forEach((g, n) -> weighted.put(g, n * vocabulary.weight(g)));
        return weighted;
    }

    private static double cosine(Map<String, Double> grams, double norm, Example e) {
        if (norm == 0 || e.norm() == 0) {
            return 0;
        }
        double dot = 0;
        Map<String, Double> small = grams.size() <= e.grams().size() ? grams : e.grams();
        Map<String, Double> large = small == grams ? e.grams() : grams;
        for (Map.Entry<String, Double> g : small.entrySet()) {
            Double other = large.get(g.getKey());
            if (other != null) {
                dot += g.getValue() * other;
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

    private static double norm(Map<String, Double> grams) {
        double sum = 0;
        for (double v : grams.values()) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
