package app.dossier.classify;

import app.dossier.model.EventKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the key sentences of a message and labels them REQUEST, WARNING, APPROVAL, THREAT,
 * INCIDENT, CHANGE, BLAME or OTHER, in German and English, offline. Only the author's own text is
 * read (see {@link OwnText}); each sentence is scored against the language's cues, negated and
 * requested approvals are handled as rules, and every label names the sentence and cues behind it.
 */
public final class Classifier {
    static final double THRESHOLD = 2.0;
    /** A warning this strong makes the whole mail a warning (see the incident rule in classifyOwnText). */
    static final double STRONG = 2.5;
    private static final Set<EventKind> LABELS = EnumSet.of(EventKind.REQUEST, EventKind.WARNING, EventKind.APPROVAL,
            EventKind.THREAT, EventKind.INCIDENT, EventKind.CHANGE, EventKind.BLAME);
    private static final Pattern GREETING = Pattern.compile("(?i)^\\s*(dear|hi|hello|hey|good (morning|afternoon)|"
            + "hallo|liebe[rs]?|sehr geehrte[rs]?|guten (morgen|tag|abend)|moin|servus)\\b[^,\\n]{0,60},\\s*");

    /** Raised when the rules in this class change in a way that changes results. */
    private static final int RULES_REVISION = 4;

    private final Map<String, Lexicon> lexicons = new LinkedHashMap<>();
    private final String version;

    public Classifier() {
        lexicons.put("en", Lexicon.load("en"));
        lexicons.put("de", Lexicon.load("de"));
        version = RULES_REVISION + "-" + Integer.toHexString(lexicons.values().stream()
                .mapToInt(Lexicon::sourceHash).reduce(17, (a, b) -> 31 * a + b));
    }

    /** Classifies a mail body (quotes and signature are removed here). {@code language} may be "auto". */
    public Classification classify(String language, String subject, String body) {
        return classifyOwnText(language, subject, OwnText.of(body == null ? "" : body));
    }

    /** Classifies text that is already the author's own (see {@link OwnText}). */
    public Classification classifyOwnText(String language, String subject, String ownText) {
        return classifyOwnText(language, subject, ownText, false);
    }

    /**
     * Classifies the author's own text; {@code bulk} says the headers mark it as list or machine
     * mail (a newsletter, a notification), which is routine whatever its words.
     */
    public Classification classifyOwnText(String language, String subject, String ownText, boolean bulk) {
        String own = GREETING.matcher(ownText).replaceFirst("");
        String lang = language == null || language.isBlank() || language.equals("auto") ? LanguageGuess.of(own)
                : language.toLowerCase(Locale.ROOT);
        Lexicon lexicon = lexicons.getOrDefault(lang, lexicons.get("en"));
        List<Classification.Evidence> evidence = new ArrayList<>();
        for (String sentence : SentenceSplitter.split(own)) {
            evidence.addAll(score(lexicon, sentence));
        }
        List<String> insults = insults(lexicon, own);
        if (evidence.stream().anyMatch(e -> e.label() == EventKind.WARNING && e.score() >= STRONG)) {
            // A mail that warns describes what could happen: a "stolen cookie" in it is a risk, not
            // an incident, unless the sentence says it happened.
            evidence.removeIf(e -> e.label() == EventKind.INCIDENT && !happened(lexicon, e.sentence()));
        }
        Set<EventKind> labels = EnumSet.noneOf(EventKind.class);
        evidence.forEach(e -> labels.add(e.label()));
        if (bulk || isRoutine(lexicon, own)) {
            // Invoices, newsletters and routine reports ask and warn in boilerplate; they are noise
            // for the timeline unless something strong (a warning, a threat) stands out.
            labels.retainAll(EnumSet.of(EventKind.WARNING, EventKind.THREAT, EventKind.INCIDENT));
            evidence.removeIf(e -> !labels.contains(e.label()));
        }
        if (labels.isEmpty()) {
            String key = SentenceSplitter.split(own).stream().findFirst().orElse("");
            return new Classification(EnumSet.of(EventKind.OTHER), key, "", List.of(), insults);
        }
        Classification.Evidence best = evidence.stream().max(Comparator.comparingDouble(Classification.Evidence::score))
                .orElseThrow();
        String why = best.label() + ": " + String.join("; ", best.reasons());
        return new Classification(labels, best.sentence(), why, evidence, insults);
    }

    /** A name for this classifier and its cue files: analyses stored by another version are made again. */
    public String version() {
        return version;
    }

    private static boolean happened(Lexicon lexicon, String sentence) {
        String lower = lower(sentence);
        return lexicon.cues().stream().filter(c -> c.label().equals("HAPPENED"))
                .anyMatch(c -> c.pattern().matcher(c.onLowerCase() ? lower : sentence).find());
    }

    private static boolean isRoutine(Lexicon lexicon, String text) {
        String lower = lower(text);
        return lexicon.cues().stream().filter(c -> c.label().equals("NOISE"))
                .anyMatch(c -> c.pattern().matcher(c.onLowerCase() ? lower : text).find());
    }

    /** The insulting words of the text, each once, as written. */
    private static List<String> insults(Lexicon lexicon, String text) {
        String lower = lower(text);
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (Cue cue : lexicon.cues()) {
            if (cue.label().equals("INSULT")) {
                Matcher m = cue.pattern().matcher(cue.onLowerCase() ? lower : text);
                while (m.find()) {
                    found.add(quote(text, lower, m, cue).toLowerCase(Locale.ROOT));
                }
            }
        }
        return List.copyOf(found);
    }

    /** Lower case for the fast cue patterns; no-break spaces from HTML become spaces so {@code \s} sees them. */
    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
    }

    /** The matched words as the author wrote them (lower-casing rarely changes the length; then the lower-case form). */
    private static String quote(String text, String lower, Matcher m, Cue cue) {
        if (!cue.onLowerCase() || text.length() != lower.length()) {
            return m.group().strip();
        }
        return text.substring(m.start(), m.end()).strip();
    }

    private static List<Classification.Evidence> score(Lexicon lexicon, String sentence) {
        Map<EventKind, Double> scores = new EnumMap<>(EventKind.class);
        Map<EventKind, List<String>> reasons = new EnumMap<>(EventKind.class);
        boolean notApproval = false;
        boolean noApproval = false;
        boolean asksApproval = false;
        String lower = lower(sentence);
        for (Cue cue : lexicon.cues()) {
            if (cue.label().equals("NOISE") || cue.label().equals("INSULT") || cue.label().equals("HAPPENED")
                    || !cue.mayMatch(lower)) {
                continue;
            }
            Matcher m = cue.pattern().matcher(cue.onLowerCase() ? lower : sentence);
            if (!m.find()) {
                continue;
            }
            switch (cue.label()) {
                case "NOT_APPROVAL" -> notApproval = true;
                case "NO_APPROVAL" -> noApproval = true;
                case "ASKS_APPROVAL" -> asksApproval = true;
                default -> {
                    EventKind label = EventKind.valueOf(cue.label());
                    scores.merge(label, cue.weight(), Double::sum);
                    if (cue.weight() > 0) {
                        reasons.computeIfAbsent(label, k -> new ArrayList<>())
                                .add(cue.why() + " (\"" + quote(sentence, lower, m, cue) + "\")");
                    }
                }
            }
        }
        if (notApproval) {
            // "I cannot approve this" is a refusal: a warning, not an approval.
            scores.remove(EventKind.APPROVAL);
            scores.merge(EventKind.WARNING, THRESHOLD, Double::sum);
            reasons.computeIfAbsent(EventKind.WARNING, k -> new ArrayList<>()).add("refuses approval");
        }
        if (noApproval) {
            // "I would not have approved them" talks about an approval that was not given.
            scores.remove(EventKind.APPROVAL);
        }
        if (asksApproval) {
            // "Bitte um Freigabe" asks for an approval; it is not one.
            scores.remove(EventKind.APPROVAL);
            scores.merge(EventKind.REQUEST, THRESHOLD, Double::sum);
            reasons.computeIfAbsent(EventKind.REQUEST, k -> new ArrayList<>()).add("asks for approval");
        }
        // One sentence, one reading: "the outage is down to your team" blames, it does not report
        // the outage; "a stolen laptop stays logged in" warns of an incident, it is not one.
        if (scores.getOrDefault(EventKind.BLAME, 0.0) >= THRESHOLD) {
            scores.remove(EventKind.INCIDENT);
            scores.remove(EventKind.CHANGE);
        }
        if (scores.getOrDefault(EventKind.WARNING, 0.0) >= THRESHOLD) {
            scores.remove(EventKind.INCIDENT);
        }
        // "Please implement the changes tonight" from the one who decides is a go-ahead, not a new request.
        if (scores.getOrDefault(EventKind.APPROVAL, 0.0) >= THRESHOLD) {
            scores.remove(EventKind.REQUEST);
        }
        List<Classification.Evidence> result = new ArrayList<>();
        scores.forEach((label, value) -> {
            if (LABELS.contains(label) && value >= THRESHOLD) {
                result.add(new Classification.Evidence(label, sentence, value, reasons.getOrDefault(label, List.of())));
            }
        });
        return result;
    }
}
