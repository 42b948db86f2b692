package app.dossier.classify;

import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Three sentence features that other writers' mail showed the corpus of two writers lacked (see
 * docs/decisions/0022): a done action without a subject, as in notes and chat ("raised the limit
 * at 16:45", "hab den Alarm rausgenommen"); a state that holds from now on ("as of today, handlers
 * can …", "ab heute nimmt das Portal …"); and an ultimatum, a demand with a consequence ("fix it or
 * we move the whole book", "one more late delivery and we terminate", "sonst kündigen wir").
 */
final class Aspect {
    private static final Pattern DONE_NO_SUBJECT_EN = Pattern.compile("^(?:(?:fyi|ok|okay|update|done|note)\\W+)?"
            + "(?:just |already )?(?:\\w+ed|set|put|shut|turned|switched|took|made|gave|cut|reset|ran)\\b(?! you\\b)");
    private static final Pattern DONE_NO_SUBJECT_DE = Pattern.compile("^(?:(?:fyi|ok|info|erledigt)\\W+)?"
            + "(?:hab(?:e|')?|haben) (?!ich\\b|wir\\b|sie\\b|du\\b)(?:\\S+ ){0,8}?(?:ge\\w+[tn]|\\w+iert)\\b");
    static final Pattern FROM_NOW_EN = Pattern.compile("\\b(as of (today|now|this (morning|week|afternoon|evening)|"
            + "monday|tuesday|wednesday|thursday|friday|\\d)|from now on|since (this morning|today|\\d{1,2}[:.]\\d\\d)|"
            + "is now (on|off|live|active|in place|enabled|disabled)|are now (on|off|live|active|enabled|disabled))\\b");
    static final Pattern FROM_NOW_DE = Pattern.compile("\\b(ab (sofort|heute|jetzt)|seit (heute|gestern|"
            + "montag|dienstag|mittwoch|donnerstag|freitag|\\d{1,2}[:.]?\\d{0,2} uhr|\\d{1,2}[:.]\\d\\d)|"
            + "(ist|sind) (jetzt|nun) (an|aus|aktiv|live|drin|raus|weg|deaktiviert|aktiviert)|(ist|sind) raus\\b)");
    static final Pattern ULTIMATUM_EN = Pattern.compile("(\\b(or|otherwise|or else)\\b[^.]{0,60}\\b(we|i|you)"
            + "(['’]ll| will| are going to| am going to| go| move| terminate| cancel| pull| take| escalate)\\b)|"
            + "^(one more|another) [^.]{1,60}\\band (we|i|you)\\b");
    static final Pattern ULTIMATUM_DE = Pattern.compile("\\b(sonst|andernfalls|ansonsten|oder)\\b[^.]{0,60}"
            + "\\b(wir|ich|sie|gibt|geht|werden|werde)\\b|^(noch (eine|ein|einmal)) [^.]{1,60}\\bund (wir|ich)\\b");

    /**
     * The two letters each pattern's matches start with ("as of", "from now on", "since", "is now", "are now";
     * "ab", "seit", "ist", "sind"; "or", "otherwise", "one more", "another"; "sonst", "andernfalls",
     * "ansonsten", "oder", "noch"): only word starts that begin so are tried.
     */
    static final MatchStarts.Starts FROM_NOW_EN_STARTS = MatchStarts.Starts.of("as", "fr", "si", "is", "ar");
    static final MatchStarts.Starts FROM_NOW_DE_STARTS = MatchStarts.Starts.of("ab", "se", "is", "si");
    static final MatchStarts.Starts ULTIMATUM_EN_STARTS = MatchStarts.Starts.of("or", "ot", "on", "an");
    static final MatchStarts.Starts ULTIMATUM_DE_STARTS = MatchStarts.Starts.of("so", "an", "od", "no");

    private Aspect() {
    }

    /** Emits the features for the lower-cased sentence (names as {@link Grammar}'s, without "g:"). */
    static void features(String lang, String lower, Consumer<String> out) {
        boolean de = lang.equals("de");
        String text = lower.strip();
        if ((de ? DONE_NO_SUBJECT_DE : DONE_NO_SUBJECT_EN).matcher(text).find()) {
            out.accept("aspect:done-no-subject");
        }
        // These two start every match with a word boundary and a small letter (or at the very start),
        // so they are tried only at word starts, as the tense patterns are (GrammarTest checks it).
        if (MatchStarts.atSmallLetterStarts(de ? FROM_NOW_DE : FROM_NOW_EN, text, de ? FROM_NOW_DE_STARTS : FROM_NOW_EN_STARTS)) {
            out.accept("aspect:from-now-on");
        }
        if (MatchStarts.atSmallLetterStarts(de ? ULTIMATUM_DE : ULTIMATUM_EN, text, de ? ULTIMATUM_DE_STARTS : ULTIMATUM_EN_STARTS)) {
            out.accept("aspect:ultimatum");
        }
    }
}
