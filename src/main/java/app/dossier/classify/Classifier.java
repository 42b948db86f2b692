package app.dossier.classify;

import app.dossier.model.EventKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the key sentences of a message and labels them REQUEST, WARNING, APPROVAL, THREAT,
 * INCIDENT, CHANGE, BLAME or OTHER, in German and English, offline. Only the author's own text is
 * read (see {@link OwnText}). Each sentence is labeled by the trained {@link LabelModel}, which
 * weighs words, stems, letter groups, grammar and the hand-written cues together; a few rules of
 * structure then override it (asking for approval is a request, not an approval; a refusal or
 * "never approved" is not an approval; routine and list mail carries no requests). Every label
 * names its sentence, its probability and the strongest features in words.
 *
 * <p>{@link Classification.Evidence#score()} is the model's probability of the label for that
 * sentence, in [0, 1]; a label is given when it reaches the label's threshold ({@link #threshold}),
 * chosen by cross-validation over whole trades of the training corpus.
 */
public final class Classifier {
    private static final Pattern GREETING = Pattern.compile("(?i)^\\s*(dear|hi|hello|hey|good (morning|afternoon)|"
            + "hallo|liebe[rs]?|sehr geehrte[rs]?|guten (morgen|tag|abend)|moin|servus|grüezi|grüß gott)\\b[^,\\n]{0,60},\\s*");
    /** How many model features are named as the reason for a label. */
    private static final int REASONS = 3;
    /**
     * Sentences of a message's own text that are read. Mail says what it asks, warns or approves
     * early; an own text longer than this is a report or a newsletter, and reading all of it made
     * the first timeline of a large mailbox several times slower (see README, Benchmarks).
     */
    static final int MAX_SENTENCES = 30;
    /** The language is told from the start of the text: a few hundred words are plenty. */
    private static final int GUESS_CHARS = 2000;
    /** A warning this likely makes the whole mail a warning (see the incident rule in classifyOwnText). */
    private static final double STRONG = 0.8;
    /** The summed cue weight from which the cues alone give a label (the rules' threshold before the model). */
    private static final double CUE_THRESHOLD = 2.0;
    /** How sure a cue match at the threshold is, how much each further cue weight adds, and the cap. */
    private static final double CUE_SURE_MIN = 0.7;
    private static final double CUE_SURE_STEP = 0.1;
    private static final double CUE_SURE_MAX = 0.95;

    /** Raised when the rules in this class change in a way that changes results. */
    private static final int RULES_REVISION = 7;

    private final Map<String, Lexicon> lexicons = new LinkedHashMap<>();
    private final java.util.function.Supplier<LabelModel> source;
    private final Combination combination;
    /** The model and what depends on it, loaded on first use (so that {@code dossier train} runs without one). */
    private volatile Loaded loaded;
    /** The model's checksum, known without loading the model where that is cheaper (the built-in one). */
    private final java.util.function.Supplier<String> checksum;
    private volatile String version;

    private record Loaded(LabelModel model, SentenceFeatures features) {
    }

    /** The classifier with the model built into the application. */
    public Classifier() {
        this(LabelModel::builtIn, LabelModel::builtInChecksum, Combination.SHIPPED);
    }

    Classifier(LabelModel model) {
        this(() -> model, model::checksum, Combination.SHIPPED);
    }

    /** A classifier with another way of combining model and cues (for evaluation). */
    Classifier(LabelModel model, Combination combination) {
        this(() -> model, model::checksum, combination);
    }

    private Classifier(java.util.function.Supplier<LabelModel> source, java.util.function.Supplier<String> checksum,
                       Combination combination) {
        this.source = source;
        this.checksum = checksum;
        this.combination = combination;
        lexicons.put("en", Lexicon.load("en"));
        lexicons.put("de", Lexicon.load("de"));
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                l = loaded;
                if (l == null) {
                    LabelModel model = source.get();
                    l = new Loaded(model, new SentenceFeatures(new Stems(model.compoundParts()), model));
                    loaded = l;
                }
            }
        }
        return l;
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
        return classifyOwnText(language, ownText, bulk, false);
    }

    /**
     * Classifies the user's own note of a call or meeting. Notes report what the other side said
     * ("She asked me to switch off …", "Er droht mit dem Anwalt"); in mail such reported speech is
     * no event (the corpus labels it OTHER), but in a note it is the oral request, approval or
     * threat itself. So the cues, which know reported speech, add their labels to the model's.
     */
    public Classification classifyNote(String language, String title, String body) {
        return classifyOwnText(language, body == null ? "" : body, false, true);
    }

    private Classification classifyOwnText(String language, String ownText, boolean bulk, boolean note) {
        String own = GREETING.matcher(ownText).replaceFirst("");
        String lang = language == null || language.isBlank() || language.equals("auto") ? LanguageGuess.of(own.length() > GUESS_CHARS ? own.substring(0, GUESS_CHARS) : own)
                : language.toLowerCase(Locale.ROOT);
        if (!lexicons.containsKey(lang)) {
            lang = "en";
        }
        Lexicon lexicon = lexicons.get(lang);
        List<Classification.Evidence> evidence = new ArrayList<>();
        for (String sentence : SentenceSplitter.split(own, MAX_SENTENCES)) {
            evidence.addAll(sentence(lang, lexicon, sentence, note));
        }
        RequestLists.keepOnlyTheRequest(own, evidence);
        String lower = RuleScores.lower(own);
        java.util.BitSet triggers = lexicon.triggersIn(lower);
        List<String> insults = MessageCues.insults(lexicon, own, lower, triggers);
        if (evidence.stream().anyMatch(e -> e.label() == EventKind.WARNING && e.score() >= STRONG)) {
            // A mail that warns describes what could happen: a "stolen cookie" in it is a risk, not
            // an incident, unless the sentence says it happened.
            evidence.removeIf(e -> e.label() == EventKind.INCIDENT && !MessageCues.happened(lexicon, e.sentence()));
        }
        Set<EventKind> labels = EnumSet.noneOf(EventKind.class);
        evidence.forEach(e -> labels.add(e.label()));
        if (bulk || MessageCues.isRoutine(lexicon, own, lower, triggers)) {
            // Invoices, newsletters and routine reports ask and warn in boilerplate; they are noise
            // for the timeline unless something strong (a warning, a threat) stands out.
            labels.retainAll(EnumSet.of(EventKind.WARNING, EventKind.THREAT, EventKind.INCIDENT));
            evidence.removeIf(e -> !labels.contains(e.label()));
        }
        if (labels.isEmpty()) {
            String key = SentenceSplitter.split(own, 1).stream().findFirst().orElse("");
            return new Classification(EnumSet.of(EventKind.OTHER), key, "", List.of(), insults);
        }
        Classification.Evidence best = evidence.stream().max(Comparator.comparingDouble(Classification.Evidence::score))
                .orElseThrow();
        return new Classification(labels, best.sentence(), best.label().name(), evidence, insults);
    }

    /** A name for this classifier, its cue files and its model: analyses stored by another version are made again. */
    public String version() {
        String v = version;
        if (v == null) {
            v = RULES_REVISION + "-" + Integer.toHexString(lexicons.values().stream()
                    .mapToInt(Lexicon::sourceHash).reduce(17, (a, b) -> 31 * a + b)) + "-" + checksum.get();
            version = v; // the same string from any thread: a race only computes it twice
        }
        return v;
    }

    /** The probability from which a sentence gets the label (chosen by cross-validation; see the class comment). */
    public double threshold(EventKind label) {
        int i = LabelModel.LABELS.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException(label + " is not a label the classifier gives");
        }
        return loaded().model().threshold(i);
    }

    /** The labels of one sentence: the model's, then the rules of structure. */
    private List<Classification.Evidence> sentence(String lang, Lexicon lexicon, String sentence, boolean note) {
        if (SentenceForm.thanksForTheMessage(sentence)) {
            return List.of(); // courtesy that opens a reply: OTHER
        }
        LabelModel model = loaded().model();
        SentenceFeatures features = loaded().features();
        // A note reports what was said ("she approves the switch-off"): the cues, which read such
        // reported speech, decide there as before; mail is read with the combination of this classifier.
        Combination combination = note ? Combination.NOTES : this.combination;
        RuleScores rules = RuleScores.of(lexicon, sentence);
        SentenceFeatures.FeatureVector x = features.of(lang, sentence, rules, false);
        double[] p = model.probabilities(x);
        List<Classification.Evidence> result = new ArrayList<>();
        for (int l = 0; l < p.length; l++) {
            EventKind label = LabelModel.LABELS.get(l);
            if (p[l] < combination.modelThreshold(model, l) || overruled(label, rules)) {
                continue;
            }
            if (label == EventKind.CHANGE && p[l] < combination.changeWithoutDone()
                    && (!DoneTense.saysDone(lang, RuleScores.lower(sentence)) || DoneTense.deniesDoing(RuleScores.lower(sentence))
                    || SentenceForm.reportsTalking(sentence))) {
                continue; // a change is what the writer says was done: not a plan, an offer, a state or "nothing changed yet"
            }
            if (x.names().isEmpty()) {
                x = features.of(lang, sentence, rules, true); // names only for the few sentences with a label
            }
            List<String> reasons = new ArrayList<>();
            reasons.add(FeatureWords.probability(p[l]));
            for (LabelModel.Contribution c : model.strongest(l, x, REASONS)) {
                reasons.add(FeatureWords.describe(c.feature(), lexicon));
            }
            result.add(new Classification.Evidence(label, sentence, p[l], reasons));
        }
        // The cues decide beside the model: they were written for wordings the corpus may lack
        // (and, in notes, read reported speech as the oral event). A strong cue match is near
        // certain (the cues are precise), so it is as sure as its weight says, at least as the model.
        for (EventKind label : LabelModel.LABELS) {
            double cue = rules.score(label.name());
            int l = LabelModel.LABELS.indexOf(label);
            boolean cueDecides = cue >= combination.cueThreshold() && p[l] >= combination.cueNeedsModel();
            if (cueDecides && !overruled(label, rules)) {
                double sure = Math.max(p[l], Math.min(CUE_SURE_MAX, CUE_SURE_MIN + CUE_SURE_STEP * (cue - CUE_THRESHOLD)));
                result.removeIf(e -> e.label() == label && e.score() < sure);
                if (result.stream().noneMatch(e -> e.label() == label)) {
                    result.add(new Classification.Evidence(label, sentence, sure,
                            List.of(FeatureWords.cues(label, rules.reasonsFor(label.name())))));
                }
            }
        }
        if (rules.has("ASKS_APPROVAL")) {
            // "Bitte um Freigabe" asks for an approval: a request whatever the model makes of it.
            force(result, EventKind.REQUEST, sentence, p, model, app.dossier.model.Reason.of("reason.asksApproval"));
        }
        if (rules.has("NOT_APPROVAL")) {
            // "I cannot approve this" refuses: a warning, not an approval.
            force(result, EventKind.WARNING, sentence, p, model, app.dossier.model.Reason.of("reason.refusesApproval"));
        }
        if (note && SentenceForm.reportsTalking(sentence)) {
            // In the note of a conversation, what someone presented or explained is the conversation itself.
            result.removeIf(e -> e.label() == EventKind.CHANGE);
        }
        if (SentenceForm.announcesOwnMail(sentence)) {
            result.removeIf(e -> e.label() == EventKind.WARNING || e.label() == EventKind.THREAT);
        }
        // One sentence, one reading: "the outage is down to your team" blames, it does not report
        // the outage or a change; "you disabled the alerts" accuses, it is not the writer's change.
        if (result.stream().anyMatch(e -> e.label() == EventKind.BLAME)) {
            result.removeIf(e -> e.label() == EventKind.CHANGE
                    || e.label() == EventKind.INCIDENT && !combination.blameKeepsIncident());
        }
        return result;
    }

    /** A label a rule of structure gives: its score is the model's probability, at least the label's threshold. */
    private static void force(List<Classification.Evidence> result, EventKind label, String sentence, double[] p,
                              LabelModel model, String reason) {
        if (result.stream().noneMatch(e -> e.label() == label)) {
            int l = LabelModel.LABELS.indexOf(label);
            result.add(new Classification.Evidence(label, sentence, Math.max(p[l], model.threshold(l)),
                    List.of(reason)));
        }
    }

    /** Rules of structure that the model may not overrule. */
    private static boolean overruled(EventKind label, RuleScores rules) {
        // Asking for, refusing or denying an approval is never an approval.
        return label == EventKind.APPROVAL
                && (rules.has("ASKS_APPROVAL") || rules.has("NOT_APPROVAL") || rules.has("NO_APPROVAL"));
    }
}
