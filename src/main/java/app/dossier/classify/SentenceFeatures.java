package app.dossier.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one sentence into the features the model weighs: words and word pairs, Lucene stems (German
 * compounds split), character 3- to 5-grams of each word (spelling variants, Swiss "ss", typos,
 * unseen compounds), the grammar of {@link Grammar}, and the hand-written cues that fired. Each
 * feature is a readable name (so the strongest ones can be shown as the reason) and a 32-bit hash
 * (so the model stores numbers, not strings).
 */
final class SentenceFeatures {
    private static final int MAX_WORD_FOR_NGRAMS = 24;
    /** Letter groups of 4 and 5 (with word boundaries): 3-grams added noise in cross-validation. */
    private static final int MIN_NGRAM = 4;

    private static final int CACHE_LIMIT = 200_000;

    private final Stems stems;
    /** The model whose rows the vectors carry (null: none, as in training, where the model is being made). */
    private final LabelModel model;
    /** Per language (German, other) the parts of each word seen: no key is made per word and sentence. */
    private final java.util.concurrent.ConcurrentHashMap<String, WordParts> germanWords =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, WordParts> otherWords =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Each reading thread's sink for sentences read without names, emptied for the next: a large case
     * has millions of sentences, and new tables for each were a good part of what the collector had to do.
     */
    private final ThreadLocal<FeatureSink> sinks = ThreadLocal.withInitial(() -> new FeatureSink(false));

    SentenceFeatures(Stems stems) {
        this(stems, null);
    }

    /**
     * Features whose vectors also carry each feature's row in {@code model}: a word's letter groups and
     * stems are looked up in the model once, when its parts are first kept, not in every sentence again
     * (the look-ups into the large table of weights were a good part of classifying).
     */
    SentenceFeatures(Stems stems, LabelModel model) {
        this.stems = stems;
        this.model = model;
    }

    /**
     * The features of one sentence, each once, as hashes with their values. {@code named} also
     * keeps each feature's readable name (for the reasons shown): slower, so the classifier asks for
     * names only for sentences that got a label.
     */
    FeatureVector of(String lang, String sentence, RuleScores rules, boolean named) {
        FeatureSink sink = named ? new FeatureSink(true) : sinks.get().cleared();
        String lower = RuleScores.lower(sentence).replace('\u2019', '\'');
        List<String> words = new ArrayList<>();
        List<String> asWritten = new ArrayList<>();
        String writtenText = sentence.replace('\u2019', '\'');
        boolean sameLength = writtenText.length() == lower.length();
        int start = Words.next(lower, 0);
        while (start < lower.length()) {
            int end = Words.end(lower, start);
            String w = lower.substring(start, end);
            words.add(digits(w) ? "#" : w);
            asWritten.add(sameLength ? writtenText.substring(start, end) : w);
            start = Words.next(lower, end);
        }
        String previous = "^";
        for (String w : words) {
            // The same features in the same order as ever (the order of a vector is the order of the model's sums).
            WordParts parts = named || w.equals("#") ? null : wordParts(lang, w);
            if (parts == null) {
                sink.add(hash(fnv(W, w)), 'w', named ? "w:" + w : null);
            } else {
                sink.add(parts.word(), 'w', null, parts.wordRow());
            }
            sink.add(hash(fnv(fnv(fnv(B, previous), ' '), w)), 'b', named ? "b:" + previous + " " + w : null);
            previous = w;
            if (parts != null) {
                for (int i = 0; i < parts.hashes().length; i++) {
                    sink.add(parts.hashes()[i], parts.kinds()[i], null, parts.rows()[i]);
                }
            } else if (named && !w.equals("#")) {
                NamedParts labelled = namedParts(lang, w);
                for (int i = 0; i < labelled.hashes().length; i++) {
                    sink.add(labelled.hashes()[i], labelled.kinds()[i], labelled.names()[i]);
                }
            }
        }
        sink.add(hash(fnv(fnv(B, previous), " $")), 'b', named ? "b:" + previous + " $" : null);
        // Hashed as their names would be ("g:" + feature): FNV-1a runs on, so the prefix's hash is made once.
        Grammar.features(lang, lower, sentence, words, asWritten,
                f -> sink.add(hash(fnv(G, f)), 'g', named ? "g:" + f : null));
        Aspect.features(lang, lower, f -> sink.add(hash(fnv(G, f)), 'g', named ? "g:" + f : null));
        rules.scores().forEach((label, score) -> {
            if (score >= 1) {
                sink.add(hash(fnv(R, label)), 'r', named ? "r:" + label : null);
            }
            if (score >= 2) {
                sink.add(hash(fnv(fnv(R, label), ":strong")), 'r', named ? "r:" + label + ":strong" : null);
            }
        });
        for (int cue : rules.fired()) {
            String id = Integer.toString(cue);
            sink.add(hash(fnv(fnv(fnv(R, lang), '#'), id)), 'r', named ? "r:" + lang + "#" + id : null);
        }
        return sink.vector(model);
    }

    /** The features of one sentence with their names (see {@link #of(String, String, RuleScores, boolean)}). */
    FeatureVector of(String lang, String sentence, RuleScores rules) {
        return of(lang, sentence, rules, true);
    }

    /**
     * The letter groups and stems of one word: the same for every sentence it is in, so they are kept;
     * with the word's own feature, and the model's row of each ({@link FeatureSink#NOT_LOOKED_UP} without a model).
     */
    private record WordParts(int word, int wordRow, int[] hashes, char[] kinds, int[] rows) {
    }

    /** The kept parts of a word of a sentence read without names, made the first time the word is seen. */
    private WordParts wordParts(String lang, String w) {
        return kept(lang.equals("de") ? germanWords : otherWords, w, CACHE_LIMIT, () -> {
            FeatureSink own = new FeatureSink(false);
            wordParts(lang, w, own);
            int word = hash(fnv(W, w));
            int[] hashes = own.hashes();
            int[] rows = new int[hashes.length];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = rowOf(hashes[i]);
            }
            return new WordParts(word, rowOf(word), hashes, own.kinds(), rows);
        });
    }

    /**
     * A word's kept value, made the first time it is seen; the cache is emptied when it grows past its
     * limit (crude but bounded; the common words come back at once).
     */
    private static <V> V kept(java.util.concurrent.ConcurrentHashMap<String, V> known, String w, int limit,
                              java.util.function.Supplier<V> make) {
        V value = known.get(w);
        if (value == null) {
            value = make.get();
            if (known.size() > limit) {
                known.clear();
            }
            known.put(w, value);
        }
        return value;
    }

    private int rowOf(int hash) {
        return model == null ? FeatureSink.NOT_LOOKED_UP : model.row(hash);
    }

    /** As {@link WordParts}, with the names (for the reasons of a label). */
    private record NamedParts(int[] hashes, char[] kinds, String[] names) {
    }

    /**
     * Per language the named parts of the words of labelled sentences: in a large case many sentences get
     * a label, and stemming each of their words again for the names was the larger part of naming them.
     * Fewer words than {@link #CACHE_LIMIT}: the names take more room.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, NamedParts> germanNamed =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ConcurrentHashMap<String, NamedParts> otherNamed =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int NAMED_CACHE_LIMIT = 20_000;

    /** The parts of a word with their names, in the order {@link #wordParts} gives them, each once. */
    private NamedParts namedParts(String lang, String w) {
        return kept(lang.equals("de") ? germanNamed : otherNamed, w, NAMED_CACHE_LIMIT, () -> {
            FeatureSink own = new FeatureSink(true);
            wordParts(lang, w, own);
            return new NamedParts(own.hashes(), own.kinds(), own.names.toArray(String[]::new));
        });
    }

    private void wordParts(String lang, String w, FeatureSink sink) {
        boolean named = sink.names != null;
        if (w.length() <= MAX_WORD_FOR_NGRAMS) {
            char[] padded = ("<" + w + ">").toCharArray();
            for (int n = MIN_NGRAM; n <= 5; n++) {
                for (int i = 0; i + n <= padded.length; i++) {
                    sink.add(hash(fnv(C, padded, i, i + n)), 'c', named ? "c:" + new String(padded, i, n) : null);
                }
            }
        }
        stems.of(lang, w, (buffer, length) -> sink.add(hash(fnv(S, buffer, 0, length)), 's',
                named ? "s:" + new String(buffer, 0, length) : null));
    }

    private static final int SEED = 0x811c9dc5;
    private static final int W = fnv(SEED, "w:");
    private static final int B = fnv(SEED, "b:");
    private static final int C = fnv(SEED, "c:");
    private static final int S = fnv(SEED, "s:");
    private static final int G = fnv(SEED, "g:");
    private static final int R = fnv(SEED, "r:");

    private static boolean digits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A feature's hash: FNV-1a over its characters, then mixed so that near names spread. */
    static int hash(String name) {
        return hash(fnv(SEED, name));
    }

    private static int hash(int fnv) {
        int h = fnv;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    private static int fnv(int h, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }

    private static int fnv(int h, char c) {
        return (h ^ c) * 0x01000193;
    }

    private static int fnv(int h, char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ s[i]) * 0x01000193;
        }
        return h;
    }

    /** German words of a corpus that may be parts of compounds: frequent enough, long enough, letters only. */
    static Set<String> compoundParts(List<String> germanTexts, int minCount) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String text : germanTexts) {
            String lower = RuleScores.lower(text);
            for (int start = Words.next(lower, 0); start < lower.length(); ) {
                int end = Words.end(lower, start);
                String w = lower.substring(start, end);
                if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
                    counts.merge(w, 1, Integer::sum);
                }
                start = Words.next(lower, end);
            }
        }
        Set<String> parts = new java.util.TreeSet<>();
        counts.forEach((w, c) -> {
            if (c >= minCount) {
                parts.add(w);
            }
        });
        return parts;
    }

    /**
     * The features of a sentence: hashes, values and (when asked for) names. Words, stems and word
     * pairs together have length 1, the letter groups together too, so a long sentence does not
     * drown its few telling words; grammar and cue features count {@link #FLAG} each.
     */
    record FeatureVector(List<String> names, int[] hashes, double[] values, int[] rows, LabelModel rowsOf) {
        static final double FLAG = 0.3;

        /** A vector without rows: the model looks each feature up. */
        FeatureVector(List<String> names, int[] hashes, double[] values) {
            this(names, hashes, values, null, null);
        }

        /** The row of feature {@code i} in {@code model}, if this vector knows it; else {@code model}'s look-up. */
        int rowIn(LabelModel model, int i) {
            return rowsOf == model ? rows[i] : model.row(hashes[i]);
        }
    }
}
