package app.dossier.classify;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The sentence-level features a linguist would look at, for German and English: negation and the
 * words in its scope, modal and imperative mood, tense (done, planned, hypothetical), who the
 * subject is (I/we, you, they), questions, exclamations, shouting and stated times. Word lists
 * instead of a tagger: small, fast and good enough for mail sentences; the model weighs them.
 */
final class Grammar {
    /** How many words after a negation count as negated (a clause rarely runs longer before a comma). */
    private static final int NEGATION_SCOPE = 4;

    private static final Set<String> NEGATION = Set.of("not", "no", "never", "nothing", "nobody", "none", "neither",
            "nor", "cannot", "without", "nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie",
            "niemals", "nichts", "niemand", "weder", "ohne", "nein");
    private static final Set<String> MODAL = Set.of("can", "could", "would", "should", "must", "may", "might", "shall",
            "ought", "kann", "kannst", "können", "könnt", "könnte", "könnten", "konnte", "konnten", "würde", "würden",
            "würdest", "sollte", "sollten", "soll", "sollen", "muss", "müssen", "müsste", "müssten", "darf", "dürfen",
            "dürfte", "dürften", "möchte", "möchten", "wollen", "will");
    private static final Set<String> FIRST = Set.of("i", "we", "me", "us", "my", "our", "ich", "wir", "mir", "mich",
            "uns", "mein", "meine", "unser", "unsere", "unseren", "unserem");
    private static final Set<String> SECOND = Set.of("you", "your", "yours", "du", "dir", "dich", "dein", "deine",
            "ihr", "euch", "euer", "eure");
    private static final Set<String> THIRD = Set.of("they", "he", "she", "them", "their", "his", "her", "er", "ihm",
            "ihn", "ihnen");
    /** Verbs that start an English command ("Switch it off", "Send me the log"). */
    private static final Set<String> IMPERATIVE_EN = Set.of("switch", "turn", "send", "set", "make", "stop", "do",
            "go", "check", "give", "remove", "add", "let", "keep", "call", "fix", "open", "close", "reset", "enable",
            "disable", "restore", "change", "update", "confirm", "sign", "approve", "proceed", "implement", "roll",
            "revert", "deploy", "install", "use", "take", "put", "get", "tell", "contact", "forward", "delete",
            "provide", "ensure", "deactivate", "activate", "unblock", "block", "allow", "extend", "reduce", "raise",
            "lower", "move", "cancel", "complete", "finish", "submit", "create", "grant", "revoke", "apply", "drop",
            "lift", "skip", "share", "push", "publish", "release", "shut", "bring", "sort", "kindly", "please", "just",
            "don't", "dont", "never", "reply", "respond", "answer", "look", "arrange", "whitelist", "book");
    private static final Set<String> QUESTION_START = Set.of("could", "can", "would", "will", "is", "are", "do", "does",
            "did", "have", "has", "any", "may", "shall", "what", "when", "why", "how", "where", "who", "which",
            "könnten", "können", "könntest", "kannst", "würden", "würdest", "wäre", "ist", "sind", "haben", "hast",
            "habt", "gibt", "was", "wann", "warum", "wieso", "wie", "wo", "wer", "welche", "welcher", "dürfen", "darf");
    private static final Set<String> PLANNED = Set.of("will", "'ll", "shall", "plan", "plans", "planned", "planning",
            "tomorrow", "tonight", "scheduled", "intend", "werden", "wird", "werde", "morgen", "nächste", "nächsten",
            "nächster", "nächstes", "geplant", "planen", "vorgesehen", "demnächst", "vorhaben", "going to", "next week",
            "heute abend");
    private static final Set<String> HYPOTHETICAL = Set.of("if", "unless", "would", "could", "might", "otherwise",
            "suppose", "wenn", "falls", "sofern", "würde", "würden", "könnte", "könnten", "hätte", "hätten", "wäre",
            "wären", "sonst", "andernfalls", "in case");
    private static final Pattern TIME = Pattern.compile("\\b([01]?\\d|2[0-3])[:.][0-5]\\d\\b|\\b\\d{1,2} ?(am|pm|uhr)\\b");

    private Grammar() {
    }

    /** Bits of {@link #CLASSES}: which of the word lists hold a word. */
    private static final int NEGATION_WORD = 1;
    private static final int MODAL_WORD = 2;
    private static final int PLANNED_WORD = 4;
    private static final int PLANNED_PAIR_START = 8;
    private static final int HYPOTHETICAL_WORD = 16;
    private static final int HYPOTHETICAL_PAIR_START = 32;
    private static final int PRONOUN = 64;
    /** German words that are the reader when written with a capital inside the sentence ("Sie", "Ihnen"). */
    private static final Set<String> POLITE = Set.of("sie", "ihnen", "ihre", "ihren");

    /**
     * For every word of the lists above, the lists that hold it, as bits: every word of every sentence
     * is looked up here once instead of once per list (made from the lists, so it always agrees with them).
     */
    private static final java.util.Map<String, Integer> CLASSES = classes();

    private static java.util.Map<String, Integer> classes() {
        java.util.Map<String, Integer> classes = new java.util.HashMap<>();
        NEGATION.forEach(w -> classes.merge(w, NEGATION_WORD, (a, b) -> a | b));
        MODAL.forEach(w -> classes.merge(w, MODAL_WORD, (a, b) -> a | b));
        PLANNED.forEach(w -> classes.merge(w, PLANNED_WORD, (a, b) -> a | b));
        pairStarts(PLANNED).forEach(w -> classes.merge(w, PLANNED_PAIR_START, (a, b) -> a | b));
        HYPOTHETICAL.forEach(w -> classes.merge(w, HYPOTHETICAL_WORD, (a, b) -> a | b));
        pairStarts(HYPOTHETICAL).forEach(w -> classes.merge(w, HYPOTHETICAL_PAIR_START, (a, b) -> a | b));
        java.util.stream.Stream.of(FIRST, SECOND, THIRD, POLITE).flatMap(Set::stream)
                .forEach(w -> classes.merge(w, PRONOUN, (a, b) -> a | b));
        return java.util.Map.copyOf(classes);
    }

    /** The {@link #CLASSES} bits of each word (0: in no list). */
    private static int[] classesOf(List<String> words) {
        int[] bits = new int[words.size()];
        for (int i = 0; i < bits.length; i++) {
            Integer b = CLASSES.get(words.get(i));
            bits[i] = b == null ? 0 : b;
        }
        return bits;
    }

    /**
     * Emits the sentence's grammar features. {@code words} are the lower-cased tokens in order,
     * {@code asWritten} the tokens as written (for "Sie" against "sie" and for shouting).
     */
    static void features(String lang, String lower, String sentence, List<String> words, List<String> asWritten,
                         Consumer<String> out) {
        out.accept("lang:" + lang);
        int[] classes = classesOf(words);
        int negatedLeft = 0;
        boolean negated = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if ((classes[i] & NEGATION_WORD) != 0 || w.endsWith("n't")) {
                negated = true;
                negatedLeft = NEGATION_SCOPE;
                continue;
            }
            if (negatedLeft > 0) {
                out.accept("neg:" + w);
                negatedLeft--;
            }
            if ((classes[i] & MODAL_WORD) != 0) {
                out.accept("mood:modal");
            }
        }
        if (negated) {
            out.accept("neg");
        }
        subject(words, classes, asWritten, out);
        if (!words.isEmpty()) {
            imperative(lang, words, asWritten, out);
            if (QUESTION_START.contains(words.get(0))) {
                out.accept("starts:question-word");
            }
        }
        if (DoneTense.saysDone(lang, lower)) {
            out.accept("tense:done");
        }
        if (anyWordOrPair(words, classes, PLANNED_WORD, PLANNED_PAIR_START, PLANNED)) {
            out.accept("tense:planned");
        }
        if (anyWordOrPair(words, classes, HYPOTHETICAL_WORD, HYPOTHETICAL_PAIR_START, HYPOTHETICAL)) {
            out.accept("tense:hypothetical");
        }
        if (hasAsciiDigit(lower) && TIME.matcher(lower).find()) { // both of its forms need a digit 0-9
            out.accept("has:time");
        }
        String end = sentence.strip();
        if (end.endsWith("?")) {
            out.accept("question");
        }
        if (end.contains("!")) {
            out.accept(end.contains("!!") ? "exclaims:twice" : "exclaims");
        }
        shouting(asWritten, out);
        out.accept("length:" + Math.min(5, words.size() / 6));
    }

    /** The first words of the two-word entries of a set ("next" of "next week"): only they are tried with the next word. */
    private static Set<String> pairStarts(Set<String> set) {
        return set.stream().filter(e -> e.contains(" ")).map(e -> e.substring(0, e.indexOf(' ')))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }


    /**
     * Whether a word or two adjacent words ("next week") are in the set (words with the {@code word}
     * bit, pairs starting with a {@code pairStart} word); "we'll" counts as "'ll".
     */
    private static boolean anyWordOrPair(List<String> words, int[] classes, int word, int pairStart, Set<String> set) {
        boolean ll = set.contains("'ll");
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            // Words hold no spaces, so "w next" is an entry only if w is the first word of one.
            if ((classes[i] & word) != 0 || i + 1 < words.size() && (classes[i] & pairStart) != 0
                    && set.contains(w + " " + words.get(i + 1)) || ll && w.endsWith("'ll")) {
                return true;
            }
        }
        return false;
    }

    /** The person of each pronoun of {@link #FIRST}, {@link #SECOND} and {@link #THIRD}, the first set winning. */
    private static final java.util.Map<String, String> PERSON = persons();

    private static java.util.Map<String, String> persons() {
        java.util.Map<String, String> person = new java.util.HashMap<>();
        THIRD.forEach(w -> person.put(w, "3"));
        SECOND.forEach(w -> person.put(w, "2"));
        FIRST.forEach(w -> person.put(w, "1"));
        return java.util.Map.copyOf(person);
    }

    private static void subject(List<String> words, int[] classes, List<String> asWritten, Consumer<String> out) {
        String first = null;
        for (int i = 0; i < words.size(); i++) {
            if ((classes[i] & PRONOUN) == 0) {
                continue; // no person: most words
            }
            String w = words.get(i);
            String person = PERSON.get(w);
            // German polite "Sie"/"Ihnen" is the reader; written lower case, or first in the sentence, it is ambiguous.
            if (person == null && POLITE.contains(w)) {
                person = i > 0 && Character.isUpperCase(asWritten.get(i).charAt(0)) ? "2" : "3";
            }
            if (person != null) {
                out.accept("person:" + person);
                if (first == null) {
                    first = person;
                }
            }
        }
        out.accept("subject:" + (first == null ? "none" : first));
    }

    private static void imperative(String lang, List<String> words, List<String> asWritten, Consumer<String> out) {
        String w0 = words.get(0);
        boolean imperative;
        if (lang.equals("de")) {
            // "Bitte …", "Schalten Sie …", "Macht das so", "Bitte bis Freitag umsetzen."
            String w1 = words.size() > 1 ? words.get(1) : "";
            boolean politeForm = w1.equals("sie") && Character.isUpperCase(asWritten.get(1).charAt(0))
                    && !QUESTION_START.contains(w0) && !FIRST.contains(w0) && !SECOND.contains(w0);
            imperative = w0.equals("bitte") || politeForm || (words.contains("bitte") && words.get(words.size() - 1)
                    .endsWith("en"));
        } else {
            imperative = IMPERATIVE_EN.contains(w0);
        }
        if (imperative) {
            out.accept("mood:imperative");
        }
    }

    private static void shouting(List<String> asWritten, Consumer<String> out) {
        int caps = 0;
        for (String w : asWritten) {
            if (w.length() >= 4 && capitals(w)) {
                caps++;
            }
        }
        if (caps >= 2) {
            out.accept("shouts");
        }
    }

    /** Whether every letter of the word is a capital and it has one (per UTF-16 unit, as {@code String.chars()}). */
    private static boolean capitals(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
