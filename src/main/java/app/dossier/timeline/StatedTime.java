package app.dossier.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time the author states in a sentence ("applied at 19:42 CET", "um 20:05 Uhr eingespielt",
 * "on 10 March 2026 at 19:42"): when something was done, which may differ from when the mail was sent.
 */
final class StatedTime {
    private static final Pattern TIME = Pattern.compile("(?i)\\b(?:at|um|gegen|as of|since|from|ab|seit)\\s+"
            + "(?:(?:today|this morning|this evening|last night|yesterday|heute|gestern|heute früh|gestern abend)\\s+"
            + "(?:(?:um|at|gegen)\\s+)?)?(\\d{1,2})[:.](\\d{2})\\b");
    /** "yesterday at 18:10", "seit gestern 18:10 Uhr": the day before the mail. */
    private static final Pattern YESTERDAY = Pattern.compile("(?i)\\b(yesterday|last night|gestern)\\b");
    private static final Pattern DE_DATE = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?");
    private static final Pattern EN_DATE = Pattern.compile(
            "\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private StatedTime() {
    }

    /** How far before a time its day may be written ("am 10.03.2026 um 19:42", "on 14 March 2026 at 19:42"). */
    private static final int DAY_BEFORE = 30;
    /** How far after a time its day may be written ("at 19:42 on 14 March 2026"). */
    private static final int DAY_AFTER = 25;
    /** "today at 18:25", "heute um 19:35": the day's own mark, which the author puts on what was done. */
    private static final Pattern TODAY = Pattern.compile("(?i)\\b(?:today|tonight|heute)\\s*$");
    /** The mark inside the time's own words: "seit heute 07:30 Uhr". */
    private static final Pattern TODAY_INSIDE = Pattern.compile("(?i)\\b(?:today|heute)\\b");

    /** "this morning at 11:00": today too, but as often the time of a call that led to it. */
    private static final Pattern PART_OF_TODAY = Pattern.compile(
            "(?i)\\b(?:this (?:morning|evening|afternoon)|heute (?:abend|früh|morgen|nachmittag))\\s*$");

    /**
     * The time the sentence says something was done: of several times, the one said to be today's
     * ("following our call at 11:00, I switched it off today at 18:25"), else the first that fits; its
     * day is the one written next to it, not any date elsewhere in the sentence ("as asked in your
     * instruction of 29.06.2026, I switched it off today at 19:35"). Empty when no time fits: one after
     * the mail was sent, or days before it, is a plan or a reference.
     */
    static Optional<OffsetDateTime> in(String sentence, OffsetDateTime sent) {
        if (sentence == null || sent == null) {
            return Optional.empty();
        }
        Matcher time = TIME.matcher(sentence);
        Optional<OffsetDateTime> best = Optional.empty();
        int bestMark = -1;
        while (time.find()) {
            Optional<OffsetDateTime> stated = at(sentence, time, sent);
            if (stated.isEmpty()) {
                continue;
            }
            String before = sentence.substring(Math.max(0, time.start() - 16), time.start());
            String inside = time.group();
            int mark = TODAY.matcher(before).find() || TODAY_INSIDE.matcher(inside).find() ? 2
                    : PART_OF_TODAY.matcher(before).find() ? 1 : 0;
            if (mark > bestMark) {
                best = stated;
                bestMark = mark;
            }
        }
        return best;
    }

    private static Optional<OffsetDateTime> at(String sentence, Matcher time, OffsetDateTime sent) {
        String near = sentence.substring(Math.max(0, time.start() - DAY_BEFORE),
                Math.min(sentence.length(), time.end() + DAY_AFTER));
        String just = sentence.substring(Math.max(0, time.start() - DAY_BEFORE), time.end());
        LocalDate day = date(near, YESTERDAY.matcher(just).find() ? sent.toLocalDate().minusDays(1)
                : sent.toLocalDate());
        try {
            LocalTime clock = LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
            OffsetDateTime stated = OffsetDateTime.of(day, clock, sent.getOffset());
            if (stated.isAfter(sent.plusMinutes(1)) || stated.isBefore(sent.minusDays(3))) {
                return Optional.empty();
            }
            return Optional.of(stated);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(String sentence, LocalDate fallback) {
        Matcher en = EN_DATE.matcher(sentence);
        if (en.find()) {
            Integer month = MONTHS.get(en.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
            try {
                return LocalDate.of(Integer.parseInt(en.group(3)), month, Integer.parseInt(en.group(1)));
            } catch (DateTimeException | NullPointerException e) {
                return fallback;
            }
        }
        Matcher de = DE_DATE.matcher(sentence);
        while (de.find()) {
            try {
                int year = de.group(3) == null ? fallback.getYear()
                        : de.group(3).length() == 2 ? 2000 + Integer.parseInt(de.group(3)) : Integer.parseInt(de.group(3));
                return LocalDate.of(year, Integer.parseInt(de.group(2)), Integer.parseInt(de.group(1)));
            } catch (DateTimeException e) {
                // not a date (a version number, say): look further
            }
        }
        return fallback;
    }
}
