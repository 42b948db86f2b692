package app.dossier.timeline;

import app.dossier.model.EventCorrection;
import app.dossier.model.EventKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
 *
 * <p>A large case applies all decisions again on every key press, so a sentence is only compared in
 * full with a decided one when it holds some of that one's rarest trigrams (they carry most of the
 * weight: without them the cosine cannot reach {@link #SIMILAR}).
 */
final class CaseLearning {
    /**
     * Below this the sentences say different things: rewordings of one sentence score 0.7 and more,
     * sentences about the same thing said otherwise ("… is live", "… please set it up") up to 0.55
     * (TimelineLearningTest).
     */
    static final double SIMILAR = 0.6;
    /** How many of a decided sentence's rarest trigrams are looked for before comparing in full. */
    private static final int RAREST = 8;
    private static final Pattern NEGATION = Pattern.compile("(?iu)\\b(not|no|never|cannot|can't|won't|don't|"
            + "doesn't|isn't|nicht|kein\\p{L}*|nie|niemals)\\b|n't\\b");

    private final Map<EventKind, List<Example>> byReadKind = new HashMap<>();
    /** The rarest trigrams of every decided sentence: a sentence without any of them is no neighbour. */
    private final LongCounts rare = new LongCounts(64);
    private final Vocabulary vocabulary;

    /** A decided sentence: the decision, its weighted trigrams, their norm, whether negated, its rarest trigrams. */
    record Example(EventCorrection decision, Map<Long, Double> grams, double norm, boolean negated, Set<Long> rarest) {
    }

    /** A neighbour found for a sentence: the decision and how similar (0 to 1). */
    record Match(EventCorrection decision, double similarity) {
    }

    /**
     * How many sentences of the case each trigram occurs in: made once per draft (the window applies
     * decisions to the same draft again and again).
     */
    static final class Vocabulary {
        private final LongCounts documents;
        private final int size;

        Vocabulary(Collection<String> sentences) {
            Set<String> distinct = new HashSet<>(sentences);
            documents = new LongCounts(distinct.size() * 16);
            Windows windows = new Windows();
            for (String sentence : distinct) {
                long[] own = windows.of(sentence);
                Arrays.sort(own);
                for (int i = 0; i < own.length; i++) {
                    if (i == 0 || own[i] != own[i - 1]) {
                        documents.add(own[i], 1); // each trigram once per sentence
                    }
                }
            }
            size = distinct.size();
        }

        double weight(long gram) {
            return Math.log((size + 1.0) / (documents.get(gram) + 1.0)) + 1;
        }
    }

    /** The trigrams of one sentence after another into one buffer that grows as needed. */
    private static final class Windows implements java.util.function.LongConsumer {
        private long[] buffer = new long[128];
        private int used;

        long[] of(String sentence) {
            used = 0;
            windows(sentence, this);
            return Arrays.copyOf(buffer, used);
        }

        @Override
        public void accept(long gram) {
            if (used == buffer.length) {
                buffer = Arrays.copyOf(buffer, used * 2);
            }
            buffer[used++] = gram;
        }
    }

    CaseLearning(List<EventCorrection> decisions, Supplier<Vocabulary> vocabulary) {
        List<EventCorrection> lessons = decisions.stream().filter(d -> d.decidedKind() != null && !d.hidden()
                && !d.keySentence().isBlank() && d.source() != app.dossier.model.EventSource.MANUAL).toList();
        this.vocabulary = lessons.isEmpty() ? null : vocabulary.get();
        for (EventCorrection d : lessons) {
            Example example = example(d, this.vocabulary);
            if (example != null) {
                byReadKind.computeIfAbsent(d.originalKind(), k -> new ArrayList<>()).add(example);
                example.rarest().forEach(g -> rare.add(g, 1));
            }
        }
    }

    private static Example example(EventCorrection d, Vocabulary vocabulary) {
        Map<Long, Double> grams = weighted(grams(d.keySentence()), vocabulary);
        if (grams.isEmpty()) {
            return null;
        }
        Set<Long> rarest = new HashSet<>();
        grams.entrySet().stream().sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(RAREST).forEach(g -> rarest.add(g.getKey()));
        return new Example(d, grams, norm(grams), negated(d.keySentence()), rarest);
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
    Optional<Match> nearest(String sentence, EventKind readAs, app.dossier.model.EventSource source, long sourceId) {
        List<Example> examples = byReadKind.get(readAs);
        if (examples == null || sentence.isBlank()) {
            return Optional.empty();
        }
        // A first look without making anything: which of the decided sentences' rarest trigrams it holds.
        Set<Long> present = new HashSet<>();
        windows(sentence, g -> {
            if (rare.contains(g)) {
                present.add(g);
            }
        });
        if (present.size() < 2) {
            return Optional.empty();
        }
        Map<Long, Double> grams = null;
        double norm = 0;
        boolean negated = negated(sentence);
        Match best = null;
        for (Example e : examples) {
            if (e.decision().source() == source && e.decision().sourceId() == sourceId) {
                continue;
            }
            long shared = e.rarest().stream().filter(present::contains).count();
            if (shared * 2 < Math.min(e.rarest().size(), 4)) {
                continue; // too few of its rarest trigrams: cannot be near
            }
            if (grams == null) {
                grams = weighted(grams(sentence), vocabulary);
                norm = norm(grams);
            }
            double similarity = cosine(grams, norm, e.grams(), e.norm()) * (negated == e.negated() ? 1 : 0.5);
            if (similarity >= SIMILAR && (best == null || similarity > best.similarity())) {
                best = new Match(e.decision(), similarity);
            }
        }
        return Optional.ofNullable(best);
    }

    /** How similar two sentences are, with the trigram weights of a case made of {@code sentences}. */
    static double similarity(String a, String b, Collection<String> sentences) {
        Vocabulary v = new Vocabulary(sentences);
        Map<Long, Double> ga = weighted(grams(a), v);
        Map<Long, Double> gb = weighted(grams(b), v);
        return cosine(ga, norm(ga), gb, norm(gb)) * (negated(a) == negated(b) ? 1 : 0.5);
    }

    private static boolean negated(String sentence) {
        return NEGATION.matcher(sentence).find();
    }

    private static Map<Long, Double> weighted(Map<Long, Integer> counts, Vocabulary vocabulary) {
        Map<Long, Double> weighted = new HashMap<>(counts.size() * 2);
        counts.forEach((g, n) -> weighted.put(g, n * vocabulary.weight(g)));
        return weighted;
    }

    private static double cosine(Map<Long, Double> a, double normA, Map<Long, Double> b, double normB) {
        if (normA == 0 || normB == 0) {
            return 0;
        }
        double dot = 0;
        Map<Long, Double> small = a.size() <= b.size() ? a : b;
        Map<Long, Double> large = small == a ? b : a;
        for (Map.Entry<Long, Double> g : small.entrySet()) {
            Double other = large.get(g.getKey());
            if (other != null) {
                dot += g.getValue() * other;
            }
        }
        return dot / (normA * normB);
    }

    private static double norm(Map<Long, Double> grams) {
        double sum = 0;
        for (double v : grams.values()) {
            sum += v * v;
        }
        return Math.sqrt(sum);
    }

    /** The trigrams of a sentence and how often each occurs (see {@link #windows}). */
    static Map<Long, Integer> grams(String sentence) {
        Map<Long, Integer> grams = new HashMap<>();
        windows(sentence, g -> grams.merge(g, 1, Integer::sum));
        return grams;
    }

    /**
     * Every trigram of each word with a space before and after it (so word starts and ends count), in
     * lower case with accents folded, packed into a long: one pass over the characters, no strings made.
     */
    static void windows(String sentence, java.util.function.LongConsumer each) {
        char a = ' ';
        char b = ' ';
        boolean inWord = false;
        for (int i = 0; i <= sentence.length(); i++) {
            char c = i < sentence.length() ? fold(sentence.charAt(i)) : ' ';
            if (c == ' ' && !inWord) {
                continue; // runs of separators are one boundary
            }
            inWord = c != ' ';
            if (b != ' ') {
                // the middle is a letter, so the window never spans two words
                each.accept(((long) a << 32) | ((long) b << 16) | c);
            }
            a = b;
            b = c;
        }
    }

    /** Lower case without accents; anything but a letter or digit is a space. */
    private static char fold(char c) {
        if (!Character.isLetterOrDigit(c)) {
            return ' ';
        }
        char lower = Character.toLowerCase(c);
        return switch (lower) {
            case 'ä', 'à', 'á', 'â', 'ã', 'å' -> 'a';
            case 'ö', 'ò', 'ó', 'ô', 'õ' -> 'o';
            case 'ü', 'ù', 'ú', 'û' -> 'u';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'í', 'ì', 'î', 'ï' -> 'i';
            case 'ç' -> 'c';
            case 'ñ' -> 'n';
            case 'ß' -> 's';
            default -> lower;
        };
    }
}
