package app.dossier.timeline;

import app.dossier.model.Address;
import app.dossier.model.Fact;
import app.dossier.model.FactType;
import app.dossier.model.MessageAnalysis;
import app.dossier.store.TimelineSource.MessageRow;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Facts about one message that are visible without weighing its words: recipients dropped from
 * the conversation it answers, shouting, insults, sending hours, forwards.
 */
final class MessageFacts {
    private static final Pattern FORWARD = Pattern.compile("(?i)^\\s*(fwd?|wg|weitergeleitet)\\s*:");

    private MessageFacts() {
    }

    static List<Fact> of(MessageRow message, MessageRow parent, MessageAnalysis analysis) {
        List<Fact> facts = new ArrayList<>();
        if (parent != null) {
            dropped(message, parent, facts);
        }
        if (analysis.shouting()) {
            facts.add(Fact.of(FactType.SHOUTING));
        }
        if (!analysis.insults().isEmpty()) {
            facts.add(Fact.of(FactType.INSULT, String.join(", ", analysis.insults())));
        }
        OffsetDateTime sent = message.sentAt();
        if (sent != null && isOutsideWorkingHours(sent)) {
            facts.add(Fact.of(FactType.AFTER_HOURS, sent));
        }
        if (FORWARD.matcher(message.subject()).find()) {
            facts.add(Fact.of(FactType.FORWARDED, String.join(", ", message.to().stream().map(Address::display).toList())));
        }
        return facts;
    }

    /** Who was on the message answered (its sender and everyone in To and Cc) but is not on the answer. */
    private static void dropped(MessageRow message, MessageRow parent, List<Fact> facts) {
        Set<String> before = people(parent);
        before.removeAll(people(message));
        if (before.isEmpty()) {
            return;
        }
        String who = String.join(", ", before);
        boolean alone = message.to().size() == 1 && message.cc().isEmpty();
        facts.add(alone ? Fact.of(FactType.REPLIED_ONLY_TO, message.to().get(0).display(), before.size(), who)
                : Fact.of(FactType.RECIPIENTS_DROPPED, before.size(), who));
    }

    /** Before 7:00, from 20:00, or on a weekend, in the sender's own clock (the offset of the Date header). */
    static boolean isOutsideWorkingHours(OffsetDateTime sent) {
        int hour = sent.getHour();
        boolean weekend = sent.getDayOfWeek() == DayOfWeek.SATURDAY || sent.getDayOfWeek() == DayOfWeek.SUNDAY;
        return hour < 7 || hour >= 20 || weekend;
    }

    /** Mostly capitals, or many words in capitals (acronyms are short, so words of four letters or more count). */
    static boolean isShouting(String text) {
        int letters = 0;
        int upper = 0;
        int capsWords = 0;
        // One pass, in place (every message of a case comes here): letters and capitals are counted per
        // character, words are the runs of letters (code points, as splitting at non-letters gives them).
        int word = -1;
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            boolean letter;
            int length = 1;
            if (c < 0x80) {
                letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
                letters += letter ? 1 : 0;
                upper += c >= 'A' && c <= 'Z' ? 1 : 0;
            } else {
                if (Character.isLetter(c)) { // a surrogate is none: a letter outside the BMP counts in words only
                    letters++;
                    upper += Character.isUpperCase(c) ? 1 : 0;
                }
                int cp = text.codePointAt(at);
                length = Character.charCount(cp);
                letter = Character.isLetter(cp);
            }
            if (letter && word < 0) {
                word = at;
            } else if (!letter && word >= 0) {
                capsWords += at - word >= 4 && inCapitals(text, word, at) ? 1 : 0;
                word = -1;
            }
            at += length;
        }
        if (word >= 0) {
            capsWords += at - word >= 4 && inCapitals(text, word, at) ? 1 : 0;
        }
        return letters >= 20 && (upper * 100 / letters >= 30 || capsWords >= 5);
    }

    /**
     * Whether the word {@code text[start, end)} is unchanged in upper case and changed in lower case;
     * for words of ASCII letters this is told by their letters, for others by converting them.
     */
    private static boolean inCapitals(String text, int start, int end) {
        boolean small = false;
        boolean capital = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                String word = text.substring(start, end);
                return word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
            }
            small |= c >= 'a' && c <= 'z';
            capital |= c >= 'A' && c <= 'Z';
        }
        return !small && capital;
    }

    private static Set<String> people(MessageRow m) {
        Set<String> all = new LinkedHashSet<>();
        all.add(m.from().normalizedEmail());
        m.to().forEach(a -> all.add(a.normalizedEmail()));
        m.cc().forEach(a -> all.add(a.normalizedEmail()));
        all.remove("");
        return all;
    }
}
