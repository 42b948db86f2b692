package app.dossier.classify;

import java.util.regex.Pattern;

/**
 * Whether a sentence says something was done ("has been switched off", "we disabled", "erledigt",
 * "wurde umgestellt") or denies doing it: the tense a CHANGE needs, as a grammar feature and as the
 * classifier's check of a weak CHANGE. The patterns are tried only where a match can start.
 */
final class DoneTense {
    private DoneTense() {
    }

    static final Pattern DONE_EN = Pattern.compile("\\b(has|have|had|'ve|was|were|is now|are now) (been |now |"
            + "already |just |successfully )*(\\w+ed|done|made|set|shut|put|cut|run|taken|given|switched|turned|"
            + "removed|disabled|enabled)\\b|\\b(i|we|they|he|she|it|[a-z]+ team) (\\w+ed|did|made|set|shut|put|"
            + "took|gave|turned|switched|ran|found|lost|broke|stole|saw|got|sent|left|noticed|discovered)\\b|\\b(done|completed|implemented|deployed|in place|live now|as of)\\b");
    static final Pattern DONE_DE = Pattern.compile("\\b(wurde|wurden|ist|sind|habe|haben|hat|hatten|hatte|"
            + "war|waren)\\b.*\\b(\\w*ge\\w+(t|en)|\\w+iert|umgesetzt|umgestellt|eingespielt|erledigt|deaktiviert|"
            + "aktiviert|entfernt|abgeschaltet|eingerichtet)\\b|\\b(erledigt|umgesetzt|seit heute|ab sofort|"
            + "ist live|ist aktiv)\\b");
    /**
     * The letters a match of {@link #DONE_DE} starts with: "wurde", "ist", "sind", "habe", "erledigt",
     * "umgesetzt", "ab sofort" and the rest (DONE_EN's "[a-z]+ team" starts with any letter).
     */
    static final String DONE_DE_FIRST = "wishaeu";
    /** The tense feature: {@link #saysDone}, tried at word starts only (the same answer, less work). */
    static boolean inSentence(String lang, String lower) {
        return lang.equals("de") ? MatchStarts.atSmallLetterStarts(DONE_DE, lower, DONE_DE_FIRST)
                : MatchStarts.atSmallLetterStarts(DONE_EN, lower);
    }

    /** Whether the lower-cased sentence says something was done (perfect, past, "erledigt", "as of today"). */
    static boolean saysDone(String lang, String lower) {
        return (lang.equals("de") ? DONE_DE : DONE_EN).matcher(lower).find();
    }

    private static final Pattern NOT_DONE = Pattern.compile("\\b(not|never|nothing|nicht|nichts|nie|niemals)\\b|n't\\b");

    /** Whether the lower-cased sentence denies an action ("I have not changed anything", "noch nichts umgestellt"). */
    static boolean deniesDoing(String lower) {
        return NOT_DONE.matcher(lower).find();
    }
}
