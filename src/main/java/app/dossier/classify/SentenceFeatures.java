package app.dossier.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one sentence into the features the model weighs: words and word pairs, Lucene stems (German
 * compounds split), character 3- to 5-grams of each word (spelling variants, Swiss "ss", typos,
 * unseen compounds), the grammar of {@link Grammar}, and the hand-written cues that fired. Each
 * feature is a readable name (so the strongest ones can be shown as the reason) and a 32-bit hash
 * (so the model stores numbers, not strings).
 */
final class SentenceFeatures {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final int MAX_WORD_FOR_NGRAMS = 24;
    private static final int MIN_NGRAM = Integer.getInteger("dossier.minNgram", 4);

    private final Stems stems;

    SentenceFeatures(Stems stems) {
        this.stems = stems;
    }

    /** The features of one sentence, each name once, and a vector of their hashes scaled to unit length. */
    FeatureVector of(String lang, String sentence, RuleScores rules) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        String lower = RuleScores.lower(sentence).replace('’', '\'');
        List<String> words = new ArrayList<>();
        List<String> asWritten = new ArrayList<>();
        Matcher m = TOKEN.matcher(lower);
        String writtenText = sentence.replace('’', '\'');
        boolean sameLength = writtenText.length() == lower.length();
        while (m.find()) {
            String w = m.group();
            words.add(w.chars().allMatch(Character::isDigit) ? "#" : w);
            asWritten.add(sameLength ? writtenText.substring(m.start(), m.end()) : w);
        }
        String previous = "^";
        for (String w : words) {
            names.put("w:" + w, true);
            names.put("b:" + previous + " " + w, true);
            previous = w;
            if (w.length() <= MAX_WORD_FOR_NGRAMS && !w.equals("#")) {
                String padded = "<" + w + ">";
                for (int n = MIN_NGRAM; n <= 5; n++) {
                    for (int i = 0; i + n <= padded.length(); i++) {
                        names.put("c:" + padded.substring(i, i + n), true);
                    }
                }
            }
        }
        names.put("b:" + previous + " $", true);
        stems.of(lang, sentence, s -> names.put("s:" + s, true));
        Grammar.features(lang, lower, sentence, words, asWritten, f -> names.put("g:" + f, true));
        rules.scores().forEach((label, score) -> {
            if (score >= 1) {
                names.put("r:" + label, true);
            }
            if (score >= 2) {
                names.put("r:" + label + ":strong", true);
            }
        });
        for (int cue : rules.fired()) {
            names.put("r:" + lang + "#" + cue, true);
        }
        return FeatureVector.of(names.keySet());
    }

    /** A feature's hash: FNV-1a over its characters, then mixed so that near names spread. */
    static int hash(String name) {
        int h = 0x811c9dc5;
        for (int i = 0; i < name.length(); i++) {
            h ^= name.charAt(i);
            h *= 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    /** German words of a corpus that may be parts of compounds: frequent enough, long enough, letters only. */
    static Set<String> compoundParts(List<String> germanTexts, int minCount) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String text : germanTexts) {
            Matcher m = TOKEN.matcher(RuleScores.lower(text));
            while (m.find()) {
                String w = m.group();
                if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
                    counts.merge(w, 1, Integer::sum);
                }
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
     * The features of a sentence: names, hashes and values. Words, stems and word pairs together
     * have length 1, the letter groups together too, so a long sentence does not drown its few
     * telling words; grammar and cue features count {@link #FLAG} each, whatever the length.
     */
    record FeatureVector(List<String> names, int[] hashes, double[] values) {
        static final double FLAG = Double.parseDouble(System.getProperty("dossier.flag", "0.3"));

        static FeatureVector of(Set<String> names) {
            List<String> list = List.copyOf(names);
            int[] hashes = new int[list.size()];
            double[] values = new double[list.size()];
            int words = 0;
            int letters = 0;
            for (String n : list) {
                char kind = n.charAt(0);
                words += kind == 'w' || kind == 'b' || kind == 's' ? 1 : 0;
                letters += kind == 'c' ? 1 : 0;
            }
            double word = words == 0 ? 0 : 1 / Math.sqrt(words);
            double letter = letters == 0 ? 0 : 1 / Math.sqrt(letters);
            for (int i = 0; i < hashes.length; i++) {
                String n = list.get(i);
                hashes[i] = hash(n);
                char kind = n.charAt(0);
                values[i] = kind == 'c' ? letter : kind == 'g' || kind == 'r' ? FLAG : word;
            }
            return new FeatureVector(list, hashes, values);
        }
    }
}
