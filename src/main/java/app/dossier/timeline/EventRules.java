package app.dossier.timeline;

import app.dossier.classify.RequiredStrings;
import app.dossier.model.EventKind;
import app.dossier.model.Fact;
import app.dossier.model.MessageAnalysis.Finding;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The timeline's reading of what the classifier found in one message, where the story needs more
 * than a label per sentence: a CHANGE is what the author says was done (not a plan, a follow-up, a
 * refusal, "never implemented" or the pluperfect background of an incident), and its key sentence
 * is that one; "you disabled X" written to the doer blames the reader, it is not the author's
 * change; in a note, a sentence that approves
 * and names the risk is an approval. These rules look at sentence structure (tense, negation, who
 * the subject is), not at vocabulary the classifier already weighs.
 */
final class EventRules {
    /** Plans, follow-ups and intentions: said before it is done. */
    private static final Pattern PLAN = Pattern.compile("(?iu)\\b(will|won't|(we|i|they|it|you)['’]ll|going to|"
            + "plan(ned|s)? to|intend|next (step|week|month)|follow[- ]up|later (this|today|on)|schedule[ds]? (for|on)|tomorrow|"
            + "would|shall|could|to be (done|applied|implemented)|"
            + "werden|wird|würde|sollen|geplant|planen|vorgesehen|nächste[nrs]? (Schritt|Woche|Monat)|"
            + "morgen|im Anschluss|anschließend noch|später noch|nachgelagert)\\b");
    /** Said of something already in place ("seit 18:10 wird … nicht mehr abgefragt"): not a plan whatever the tense. */
    private static final Pattern IN_PLACE = Pattern.compile("(?iu)\\b(since|as of|seit|ab sofort|already|bereits|schon)\\b");
    /** A change that was refused or never made. */
    private static final Pattern NOT_DONE = Pattern.compile("(?iu)\\b(never|refused|declined|rejected|nie|niemals|"
            + "abgelehnt|verweigert|(did|do|does|have|has|had|was|were)(n't| not)|"
            + "nicht (\\p{L}+ ){0,2}(umgesetzt|durchgeführt|vorgenommen|eingespielt|geändert|gemacht|aktiviert|"
            + "deaktiviert|abgeschaltet|ausgeschaltet|eingerichtet|implementiert)|"
            + "(wurde|wurden|haben|hat|habe) (\\p{L}+ ){0,3}nicht)\\b");
    /** "Is no longer asked", "wird nicht mehr abgefragt": a negation that says the change is in place. */
    private static final Pattern NO_LONGER = Pattern.compile("(?iu)\\b(no longer|not any ?more|nicht mehr|keine? \\p{L}+ mehr)\\b");
    /** "You disabled …", "your team switched off …", "Sie haben … abgeschaltet": the reader did it, says the author. */
    private static final Pattern YOU_DID = Pattern.compile("(?iu)(^|[,;:]\\s*|\\b(that|because|since|after|dass|weil|"
            + "nachdem|da)\\s+)(you|your (team|people|staff|engineers?|colleagues?|company)|Sie|ihr|du|Ihr (Team|Kollege)|"
            + "Ihre (Leute|Firma|Kollegen|Techniker))\\s+(have\\s+|has\\s+|had\\s+|haben\\s+|habt\\s+|hast\\s+|hat\\s+)?"
            + "(just\\s+|simply\\s+|einfach\\s+|eigenmächtig\\s+)?\\p{L}+(ed|t|en)?\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("(?iu)\\b(I|I've|we|we've|ich|wir)\\b");
    /**
     * The pluperfect passive, "their bank details had been changed through the portal", "die Konten
     * waren vorher geändert worden": what had happened before the moment told of, the background of an
     * incident's account, not a change the author reports as made.
     */
    private static final Pattern BACKGROUND = Pattern.compile("(?iu)\\bhad\\s+(already\\s+|just\\s+|previously\\s+)?been\\b"
            + "|\\b(war|waren)\\b(\\s+\\p{L}+){0,8}\\s+worden\\b");
    /** The reader as the subject of a change done: "you (have) disabled", "Sie haben … abgeschaltet". */
    private static final Pattern YOU_CHANGED = Pattern.compile("(?u)\\b((?i:you|your team|your people|your engineers?)"
            + "\\s+(?i:have\\s+|had\\s+|just\\s+|simply\\s+)?(?i:disabled|removed|switched off|turned off|deleted|"
            + "deactivated|changed|dropped|opened|shortened|lowered|relaxed|lifted|bypassed)"
            + "|(Sie|ihr|du|Ihr Team|Ihre Techniker|Ihre Leute)\\s+(haben|habt|hast|hat)\\s+(\\p{L}+\\s+){0,6}?"
            + "(?i:abgeschaltet|ausgeschaltet|deaktiviert|entfernt|gelöscht|geändert|geöffnet|aufgehoben|umgangen|verkürzt))\\b");
    /** As sure as one strong cue of the rules: a structural reading, to be reviewed like any other. */
    private static final double READER_BLAME_SCORE = 2.5;
    private static final int MAX_HOUR = 22;
    private static final int MIN_HOUR = 6;

    private EventRules() {
    }

    /**
     * The findings of a message as the timeline reads them: CHANGE findings that are plans or refusals
     * are dropped, and a CHANGE the author attributes to the reader becomes BLAME.
     */
    static List<Finding> adjust(List<Finding> findings) {
        return adjust(findings, false);
    }

    /**
     * As {@link #adjust(List)}; in a forward ("FW:", "WG:") a change said of someone else ("Brightline
     * hat … abgeschaltet") reports the forwarded change, it is not the author's.
     */
    static List<Finding> adjust(List<Finding> findings, boolean forwarded) {
        List<Finding> result = new ArrayList<>(findings.size());
        boolean blamed = findings.stream().anyMatch(f -> f.label() == EventKind.BLAME);
        java.util.Set<String> changes = new java.util.HashSet<>();
        findings.stream().filter(f -> f.label() == EventKind.CHANGE).forEach(f -> changes.add(f.sentence()));
        for (Finding f : findings) {
            if (f.label() == EventKind.APPROVAL && changes.contains(f.sentence())) {
                continue; // "removed at 18:20, as approved by Dr. Salo" reports the change and the approval, it gives none
            }
            if (f.label() != EventKind.CHANGE) {
                result.add(f);
                continue;
            }
            if (YOU_DID.matcher(f.sentence()).find() && !FIRST_PERSON.matcher(f.sentence()).find()) {
                if (!blamed) {
                    result.add(new Finding(EventKind.BLAME, f.sentence(), f.score(), withReason(f.reasons(),
                            app.dossier.model.Reason.of("reason.readerChanged"))));
                    blamed = true;
                }
                continue;
            }
            boolean firstPerson = FIRST_PERSON.matcher(f.sentence()).find();
            if (isPlan(f.sentence()) || isNotDone(f.sentence()) || (forwarded && !firstPerson)
                    || (!firstPerson && BACKGROUND.matcher(f.sentence()).find())) {
                continue;
            }
            result.add(f);
        }
        return result;
    }

    /**
     * "You disabled the allowlist", "Sie haben die Prüfung abgeschaltet": a sentence that says the
     * reader made a change blames the reader; as in the classifier's own rule, a sentence that blames
     * does not also report the change or the incident. Returns a BLAME finding for the first such
     * sentence, if any, having taken its CHANGE and INCIDENT findings out of {@code found}.
     */
    static Optional<Finding> blameOfReader(List<String> sentences, List<Finding> found) {
        for (String sentence : sentences) {
            if (mayAddressReader(sentence) && YOU_CHANGED.matcher(sentence).find()) {
                found.removeIf(f -> f.sentence().equals(sentence)
                        && (f.label() == EventKind.CHANGE || f.label() == EventKind.INCIDENT));
                return Optional.of(new Finding(EventKind.BLAME, sentence, READER_BLAME_SCORE,
                        List.of(app.dossier.model.Reason.of("reason.readerChanged"))));
            }
        }
        return Optional.empty();
    }

    /**
     * What every match of {@link #YOU_CHANGED} holds (its verbs), folded, each cut at its first space:
     * in a sentence a space may stand for a line break of the text. A text holding none of them has no
     * sentence that blames the reader, so it need not be split into sentences.
     */
    private static final List<String> CHANGE_VERBS = RequiredStrings.of(YOU_CHANGED.pattern()).stream()
            .map(w -> w.strip().contains(" ") ? w.strip().substring(0, w.strip().indexOf(' ')) : w.strip()).toList();

    /**
     * Whether some sentence of the text, given {@link RequiredStrings#fold folded}, may blame the reader
     * (see {@link #blameOfReader}): false means none does.
     */
    static boolean mayBlameReaderFolded(String folded) {
        return CHANGE_VERBS.stream().anyMatch(String::isEmpty) || RequiredStrings.anyIn(folded, CHANGE_VERBS);
    }

    /** A quick look for the words the reader is addressed with: most sentences of a large case have none. */
    private static boolean mayAddressReader(String sentence) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("you") || lower.contains("sie ") || lower.contains("ihr") || lower.contains("du ");
    }

    /** The finding to show for a kind: for a change, one that states its time first; then the strongest. */
    static Optional<Finding> best(List<Finding> findings, EventKind kind, OffsetDateTime sent) {
        Comparator<Finding> order = Comparator.comparingDouble(Finding::score);
        if (kind == EventKind.CHANGE) {
            order = Comparator.<Finding>comparingInt(f -> StatedTime.in(f.sentence(), sent).isPresent() ? 1 : 0)
                    .thenComparing(order);
        }
        return findings.stream().filter(f -> f.label() == kind).max(order);
    }

    static boolean isPlan(String sentence) {
        return PLAN.matcher(sentence).find() && !IN_PLACE.matcher(sentence).find();
    }

    static boolean isNotDone(String sentence) {
        return NOT_DONE.matcher(sentence).find() && !NO_LONGER.matcher(sentence).find();
    }

    /**
     * The facts that put a message on the timeline even when no sentence carries a label: recipients
     * dropped, shouting, insults, a forward (who got to know, and when), or sent far outside working
     * hours (at night or on a weekend).
     */
    static boolean notable(List<Fact> facts, OffsetDateTime sent) {
        for (Fact f : facts) {
            switch (f.type()) {
                case REPLIED_ONLY_TO, RECIPIENTS_DROPPED, SHOUTING, INSULT, FORWARDED -> {
                    return true;
                }
                case AFTER_HOURS -> {
                    if (farOutsideHours(sent)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    static boolean farOutsideHours(OffsetDateTime sent) {
        int hour = sent.getHour();
        return hour < MIN_HOUR || hour >= MAX_HOUR || sent.getDayOfWeek() == DayOfWeek.SATURDAY
                || sent.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * In a note of a call, who approves while naming the risk or taking the responsibility approves
     * ("he knows the risk and takes responsibility"): that is how an approval by phone is said, not a
     * warning given by phone and not blame. {@code speaker} tells who said a sentence.
     */
    static <T> List<T> approvalWinsInNotes(List<T> evidence, java.util.function.Function<T, EventKind> label,
                                           java.util.function.Function<T, String> speaker) {
        java.util.Set<String> approving = new java.util.HashSet<>();
        evidence.stream().filter(e -> label.apply(e) == EventKind.APPROVAL).forEach(e -> approving.add(speaker.apply(e)));
        return evidence.stream().filter(e -> !(label.apply(e) == EventKind.WARNING || label.apply(e) == EventKind.BLAME)
                || !approving.contains(speaker.apply(e))).toList();
    }

    private static List<String> withReason(List<String> reasons, String reason) {
        List<String> all = new ArrayList<>(reasons);
        all.add(0, reason);
        return all;
    }
}
