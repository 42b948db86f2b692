package app.dossier.timeline;

import app.dossier.model.TimelineEvent;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an event is about, from its subject: ticket numbers and the longer words. */
final class Topics {
    private static final Pattern TICKET = Pattern.compile("\\b[A-Z]{2,}-\\d[\\d-]*\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]{5,}");

    private Topics() {
    }

    /** The ticket numbers and the longer words of an event's subject. */
    static Set<String> of(TimelineEvent e) {
        Set<String> words = new LinkedHashSet<>();
        Matcher ticket = TICKET.matcher(e.summary());
        while (ticket.find()) {
            words.add("#" + ticket.group());
        }
        Matcher word = WORD.matcher(Threads.baseSubject(e.summary()));
        while (word.find()) {
            words.add(word.group().toLowerCase(java.util.Locale.ROOT));
        }
        return words;
    }

    /**
     * The same ticket number, or at least half of the shorter subject's words in the other (two at
     * least, when it has two). Measured against the shorter subject, not both together: the mail that
     * reports a change done often carries the request's words plus its own ("HX-CHG-4471 completed:
     * … holds disabled" answers "U&E autoverification - haemolysis and delta holds").
     */
    static boolean same(Set<String> a, Set<String> b) {
        if (a.stream().anyMatch(w -> w.startsWith("#") && b.contains(w))) {
            return true;
        }
        int shorter = Math.min(a.size(), b.size());
        if (shorter == 0) {
            return false;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared >= Math.min(2, shorter) && shared * 2 >= shorter;
    }

}
