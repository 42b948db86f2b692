package app.dossier.classify;

import java.util.regex.Matcher;
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
    /** The auxiliary of a German perfect or passive ("wurde", "ist", "hat", …) and the participle after it. */
    private static final String AUX_DE = "\\b(wurde|wurden|ist|sind|habe|haben|hat|hatten|hatte|war|waren)\\b";
    private static final String PARTICIPLE_DE = "\\b(\\w*ge\\w+(t|en)|\\w+iert|umgesetzt|umgestellt|eingespielt|erledigt|"
            + "deaktiviert|aktiviert|entfernt|abgeschaltet|eingerichtet)\\b";
    private static final String DONE_PHRASE_DE = "\\b(erledigt|umgesetzt|seit heute|ab sofort|ist live|ist aktiv)\\b";
    static final Pattern DONE_DE = Pattern.compile(AUX_DE + ".*" + PARTICIPLE_DE + "|" + DONE_PHRASE_DE);

    /** DONE_DE's parts, searched apart (see {@link #saysDoneInGerman}). */
    private static final Pattern AUX = Pattern.compile(AUX_DE);
    private static final Pattern PARTICIPLE = Pattern.compile(PARTICIPLE_DE);
    private static final Pattern PHRASE = Pattern.compile(DONE_PHRASE_DE);
    private static final MatchStarts.Starts AUX_STARTS = MatchStarts.Starts.of("wu", "is", "si", "ha", "wa");
    private static final MatchStarts.Starts PHRASE_STARTS = MatchStarts.Starts.of("er", "um", "se", "ab", "is");
    /**
     * The two letters each branch of {@link #DONE_EN} but "[a-z]+ team" begins with: "has", "'ve", "was",
     * "were", "is now", "are now"; "i ", "we", "they", "he", "she", "it"; "done", "completed",
     * "implemented", "deployed", "in place", "live now", "as of".
     */
    static final MatchStarts.Starts DONE_EN_STARTS = MatchStarts.Starts.of("ha", "'v", "wa", "we", "is", "ar",
            "i ", "th", "he", "sh", "it", "do", "co", "im", "de", "in", "li", "as");

    /**
     * Whether the lower-cased sentence says something was done (perfect, past, "erledigt", "as of today"):
     * {@code find} of {@link #DONE_EN} or {@link #DONE_DE}, tried where a match can start only (the same
     * answer, less work; GrammarTest compares the two).
     */
    static boolean saysDone(String lang, String lower) {
        if (lang.equals("de")) {
            return saysDoneInGerman(lower);
        }
        return MatchStarts.atSmallLetterStarts(DONE_EN, lower, DONE_EN_STARTS) || teamDidInEnglish(lower);
    }

    /**
     * The branch "[a-z]+ team did": it can begin at any word, but only at the letters right before a
     * " team " (a word boundary inside a run of letters is none), so each of those places is tried.
     */
    private static boolean teamDidInEnglish(String lower) {
        Matcher m = null;
        for (int i = lower.indexOf(" team "); i >= 0; i = lower.indexOf(" team ", i + 1)) {
            int start = i;
            while (start > 0 && lower.charAt(start - 1) >= 'a' && lower.charAt(start - 1) <= 'z') {
                start--;
            }
            if (start < i) {
                m = m == null ? DONE_EN.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false) : m;
                if (m.region(start, lower.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code DONE_DE.matcher(lower).find()}, searched in parts: an auxiliary, then a participle after it on
     * the same line (what ".*" allows), or one of the phrases. The expression as one tried "ist" or "hat",
     * common words, with ".*" to the end of the line and back, a participle tried at every place between;
     * here the first auxiliary of each line is enough (a later one on the line leaves less room), and one
     * search for a participle after it.
     */
    static boolean saysDoneInGerman(String lower) {
        Matcher aux = AUX.matcher(lower);
        Matcher participle = null;
        int from = 0;
        while (from < lower.length() && MatchStarts.findAtSmallLetterStarts(aux, lower, from, AUX_STARTS)) {
            int lineEnd = lineEnd(lower, aux.end());
            if (participle == null) {
                participle = PARTICIPLE.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
            }
            if (participle.region(aux.end(), lower.length()).find() && participle.start() < lineEnd) {
                return true;
            }
            from = lineEnd + 1;
        }
        return MatchStarts.atSmallLetterStarts(PHRASE, lower, PHRASE_STARTS);
    }

    /** Where the line holding {@code from} ends: the first line terminator {@code .} does not match, or the end. */
    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }

    private static final Pattern NOT_DONE = Pattern.compile("\\b(not|never|nothing|nicht|nichts|nie|niemals)\\b|n't\\b");

    /** Whether the lower-cased sentence denies an action ("I have not changed anything", "noch nichts umgestellt"). */
    static boolean deniesDoing(String lower) {
        return NOT_DONE.matcher(lower).find();
    }
}
