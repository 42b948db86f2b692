package app.dossier.timeline;

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
 * refusal or "never implemented"), and its key sentence is that one; "you disabled X" written to
 * the doer blames the reader, it is not the author's change; in a note, a sentence that approves
 * and names the risk is an approval. These rules look at sentence structure (tense, negation, who
 * the subject is), not at vocabulary the classifier already weighs.
 */
final class EventRules {
    /** Plans, follow-ups and intentions: said before it is done. */
    private static final Pattern PLAN = Pattern.compile("(?iu)\\b(will|won't|going to|plan(ned|s)? to|intend|"
            + "next (step|week|month)|follow[- ]up|later (this|today|on)|schedule[ds]? (for|on)|tomorrow|"
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
    /** "You disabled …", "your team switched off …", "Sie haben … abgeschaltet": the reader did it, says the author. */
    private static final Pattern YOU_DID = Pattern.compile("(?iu)(^|[,;:]\\s*|\\b(that|because|since|after|dass|weil|"
            + "nachdem|da)\\s+)(you|your (team|people|staff|engineers?|colleagues?|company)|Sie|ihr|du|Ihr (Team|Kollege)|"
            + "Ihre (Leute|Firma|Kollegen|Techniker))\\s+(have\\s+|has\\s+|had\\s+|haben\\s+|habt\\s+|hast\\s+|hat\\s+)?"
            + "(just\\s+|simply\\s+|einfach\\s+|eigenmächtig\\s+)?\\p{L}+(ed|t|en)?\\b");
    private static final int MAX_HOUR = 22;
    private static final int MIN_HOUR = 6;

    private EventRules() {
    }

    /**
     * The findings of a message as the timeline reads them: CHANGE findings that are plans or refusals
     * are dropped, and a CHANGE the author attributes to the reader becomes BLAME.
     */
    static List<Finding> adjust(List<Finding> findings) {
        List<Finding> result = new ArrayList<>(findings.size());
        boolean blamed = findings.stream().anyMatch(f -> f.label() == EventKind.BLAME);
        for (Finding f : findings) {
            if (f.label() != EventKind.CHANGE) {
                result.add(f);
                continue;
            }
            if (YOU_DID.matcher(f.sentence()).find() && !f.sentence().matches("(?iu).*\\b(I|we|ich|wir)\\b.*")) {
                if (!blamed) {
                    result.add(new Finding(EventKind.BLAME, f.sentence(), f.score(), withReason(f.reasons(),
                            "says the reader made the change")));
                    blamed = true;
                }
                continue;
            }
            if (isPlan(f.sentence()) || isNotDone(f.sentence())) {
                continue;
            }
            result.add(f);
        }
        return result;
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
        return NOT_DONE.matcher(sentence).find();
    }

    /**
     * The facts that put a message on the timeline even when no sentence carries a label: recipients
     * dropped, shouting, insults, or sent far outside working hours (at night or on a weekend).
     */
    static boolean notable(List<Fact> facts, OffsetDateTime sent) {
        for (Fact f : facts) {
            switch (f.type()) {
                case REPLIED_ONLY_TO, RECIPIENTS_DROPPED, SHOUTING, INSULT -> {
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

    /** One reading per sentence of a note: who approves while naming the risk approves ("I know the risk, go ahead"). */
    static <T> List<T> approvalWinsInNotes(List<T> evidence, java.util.function.Function<T, EventKind> label,
                                           java.util.function.Function<T, String> sentence) {
        java.util.Set<String> approving = new java.util.HashSet<>();
        evidence.stream().filter(e -> label.apply(e) == EventKind.APPROVAL).forEach(e -> approving.add(sentence.apply(e)));
        return evidence.stream().filter(e -> label.apply(e) != EventKind.WARNING || !approving.contains(sentence.apply(e)))
                .toList();
    }

    private static List<String> withReason(List<String> reasons, String reason) {
        List<String> all = new ArrayList<>(reasons);
        all.add(0, reason);
        return all;
    }
}
