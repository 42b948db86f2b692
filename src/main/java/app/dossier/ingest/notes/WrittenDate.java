package app.dossier.ingest.notes;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a note says its call or meeting took place, written as people write it at the head of their
 * notes: "Tuesday 24 March 2026, 14:00-14:25 (Teams)", "Datum: Dienstag, 12.03.2026, 10:00–10:45 Uhr",
 * "Friday, 15 May 2026, 11:00-11:25 Irish time (IST, UTC+1)", "2026-06-10 14:05 +0200". The first
 * time after the date is the start (of a range); a zone is read from an offset ("UTC+1", "+0200") or
 * a common abbreviation (CET, MESZ, GMT, BST), else the time is the user's own. Slashed dates
 * ("03/04/2026") are left alone: day and month cannot be told apart.
 */
final class WrittenDate {
    private static final String MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|januar|jänner|jaenner|februar|feber|märz|maerz|mai|juni|juli|oktober|dezember"
            + "|jan|feb|mar|mär|apr|jun|jul|aug|sept|sep|oct|okt|nov|dec|dez";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?=\\b|T)");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})\\b");
    private static final Pattern DAY_MONTH = Pattern.compile("(?iu)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(" + MONTH_NAMES
            + ")\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("(?iu)\\b(" + MONTH_NAMES
            + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern CLOCK = Pattern.compile("(?iu)(?<![\\d.:])(\\d{1,2})[:.](\\d{2})(?![\\d.:])(?:\\s*([ap])\\.?m\\.?)?"
            + "|(?<![\\d.:])(\\d{1,2})\\s*(?:([ap])\\.?m\\.?|uhr)\\b");
    private static final Pattern OFFSET = Pattern.compile("(?iu)(?:\\b(?:UTC|GMT)\\s*([+\\-−])\\s*(\\d{1,2})(?::?(\\d{2}))?)"
            + "|(?<![\\d:])([+\\-])(\\d{2}):?(\\d{2})\\b");
    private static final Pattern ABBREVIATION = Pattern.compile("\\b(CEST|CET|MESZ|MEZ|GMT|UTC|BST|WEST|WET|EEST|EET)\\b");
    private static final Map<String, Integer> HOURS_OF = Map.ofEntries(Map.entry("CEST", 2), Map.entry("MESZ", 2),
            Map.entry("CET", 1), Map.entry("MEZ", 1), Map.entry("GMT", 0), Map.entry("UTC", 0), Map.entry("BST", 1),
            Map.entry("WEST", 1), Map.entry("WET", 0), Map.entry("EEST", 3), Map.entry("EET", 2));
    private static final Map<String, Integer> MONTHS = months();

    private WrittenDate() {
    }

    /** The moment a line of a note's head names, or empty when it names no full date. */
    static Optional<OffsetDateTime> in(String line, ZoneId localZone) {
        Optional<Found> date = date(line);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        String after = line.substring(date.get().end());
        LocalTime time = time(after).orElse(LocalTime.MIDNIGHT);
        try {
            ZoneOffset offset = offset(after).orElseGet(() -> localZone.getRules().getOffset(date.get().day().atTime(time)));
            return Optional.of(OffsetDateTime.of(date.get().day(), time, offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private record Found(LocalDate day, int end) {
    }

    private static Optional<Found> date(String line) {
        Matcher m = ISO.matcher(line);
        if (m.find()) {
            return day(m.group(1), m.group(2), m.group(3), m.end());
        }
        m = DOTTED.matcher(line);
        if (m.find()) {
            return day(m.group(3), m.group(2), m.group(1), m.end());
        }
        m = DAY_MONTH.matcher(line);
        if (m.find()) {
            return day(m.group(3), String.valueOf(MONTHS.get(m.group(2).toLowerCase(Locale.ROOT))), m.group(1), m.end());
        }
        m = MONTH_DAY.matcher(line);
        if (m.find()) {
            return day(m.group(3), String.valueOf(MONTHS.get(m.group(1).toLowerCase(Locale.ROOT))), m.group(2), m.end());
        }
        return Optional.empty();
    }

    private static Optional<Found> day(String year, String month, String day, int end) {
        try {
            return Optional.of(new Found(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
                    Integer.parseInt(day)), end));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The first time of day after the date: "14:00-14:25" starts at 14:00, "10 Uhr" at 10:00, "2:30 pm" at 14:30. */
    private static Optional<LocalTime> time(String after) {
        Matcher m = CLOCK.matcher(after);
        if (!m.find()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        int minute = m.group(2) != null ? Integer.parseInt(m.group(2)) : 0;
        String half = m.group(3) != null ? m.group(3) : m.group(5);
        if (half != null && hour >= 1 && hour <= 12) {
            hour = hour % 12 + (half.equalsIgnoreCase("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    private static Optional<ZoneOffset> offset(String after) {
        Matcher m = OFFSET.matcher(after);
        if (m.find()) {
            boolean utcForm = m.group(1) != null;
            String sign = utcForm ? m.group(1) : m.group(4);
            int hours = Integer.parseInt(utcForm ? m.group(2) : m.group(5));
            String minutes = utcForm ? m.group(3) : m.group(6);
            int total = hours * 3600 + (minutes == null ? 0 : Integer.parseInt(minutes) * 60);
            try {
                return Optional.of(ZoneOffset.ofTotalSeconds(sign.equals("+") ? total : -total));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        Matcher a = ABBREVIATION.matcher(after);
        return a.find() ? Optional.of(ZoneOffset.ofHours(HOURS_OF.get(a.group(1)))) : Optional.empty();
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new java.util.HashMap<>();
        String[][] names = {
                {"january", "januar", "jänner", "jaenner", "jan"}, {"february", "februar", "feber", "feb"},
                {"march", "märz", "maerz", "mar", "mär"}, {"april", "apr"}, {"may", "mai"}, {"june", "juni", "jun"},
                {"july", "juli", "jul"}, {"august", "aug"}, {"september", "sept", "sep"},
                {"october", "oktober", "oct", "okt"}, {"november", "nov"}, {"december", "dezember", "dec", "dez"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                months.put(name, i + 1);
            }
        }
        return Map.copyOf(months);
    }
}
