package app.dossier.ingest.mime;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads RFC 5322 dates as real mail writes them: with or without weekday and seconds, two-digit
 * years, obsolete zone names, comments, and the offset kept, because "sent at 23:40 his time"
 * matters.
 */
public final class MailDates {
    // Compiled once: String.replaceAll and String.matches compile their pattern on every call.
    private static final Pattern COMMENT = Pattern.compile("\\([^)]*\\)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMERIC_ZONE = Pattern.compile("[+-]\\d{4}");
    /** "GMT+0200", "UTC -05:00": the name before a numeric offset says nothing more. */
    private static final Pattern NAMED_BEFORE_OFFSET = Pattern.compile("^(?i)(GMT|UTC|UT)\\s*(?=[+-])");
    private static final Pattern DATE = Pattern.compile(
            "(?:[A-Za-z]{2,9},?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z\u00e4]{3,9})\\.?[\\s-]+(\\d{2,4})\\s+(?:at\\s+)?"
                    + "(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.\\d+)?)?\\s*"
                    + "((?:GMT|UTC|UT)?\\s*[+-](?:\\d{1,2}:\\d{2}|\\d{1,4})|[A-Za-z]{1,5})?");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12), Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("mai", 5),
            Map.entry("okt", 10), Map.entry("dez", 12));
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0),
            Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360), Map.entry("CDT", -300),
            Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420),
            Map.entry("CET", 60), Map.entry("CEST", 120), Map.entry("MET", 60), Map.entry("MEST", 120),
            Map.entry("BST", 60), Map.entry("EET", 120), Map.entry("EEST", 180), Map.entry("WET", 0),
            Map.entry("WEST", 60), Map.entry("JST", 540));

    /** RFC 5322's own form: "[Day,] d Mon yyyy hh:mm[:ss] +hhmm" (obsolete zone names allowed). */
    private static final Pattern STRICT = Pattern.compile(
            "(?:[A-Z][a-z]{2},\\s*)?\\d{1,2}\\s+[A-Z][a-z]{2}\\s+\\d{4}\\s+\\d{2}:\\d{2}(?::\\d{2})?\\s+"
                    + "(?:[+-]\\d{4}|UT|GMT|[ECMP][SD]T|[A-IK-Za-ik-z])");

    private MailDates() {
    }

    /** A date as read, and whether the header had to be guessed at (not in RFC 5322's form). */
    public record Reading(OffsetDateTime value, boolean malformed) {
    }

    /**
     * Reads a Date header and says whether it was malformed: "13:30:57 -600" is read as -06:00
     * as other mail readers do, but a person weighing the evidence should know it was a guess.
     */
    public static Optional<Reading> read(String value) {
        Optional<OffsetDateTime> parsed = parse(value);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String text = SPACES.matcher(COMMENT.matcher(value).replaceAll(" ").strip()).replaceAll(" ");
        boolean strict = STRICT.matcher(text).matches();
        return Optional.of(new Reading(parsed.get(), !strict || !zoneUnderstood(text)));
    }

    private static boolean zoneUnderstood(String text) {
        int space = text.lastIndexOf(' ');
        String zone = text.substring(space + 1);
        if (NUMERIC_ZONE.matcher(zone).matches()) {
            int hours = Integer.parseInt(zone.substring(1, 3));
            int minutes = Integer.parseInt(zone.substring(3, 5));
            return hours <= 18 && minutes <= 59;
        }
        return ZONES.containsKey(zone.toUpperCase(Locale.ROOT));
    }

    public static Optional<OffsetDateTime> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = COMMENT.matcher(value).replaceAll(" ").strip();
        Matcher m = DATE.matcher(text);
        if (m.find()) {
            Integer month = MONTHS.get(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
            if (month != null) {
                int year = Integer.parseInt(m.group(3));
                if (m.group(3).length() <= 2) {
                    year += year < 50 ? 2000 : 1900;
                } else if (m.group(3).length() == 3) {
                    year += 1900;
                }
                return build(year, month, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)),
                        Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                        offset(m.group(7)));
            }
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return build(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)),
                    Integer.parseInt(iso.group(4)), Integer.parseInt(iso.group(5)),
                    iso.group(6) == null ? 0 : Integer.parseInt(iso.group(6)), offset(iso.group(7)));
        }
        return Optional.empty();
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC; // RFC 5322 says "-0000" for unknown; an absent zone is read as UTC too
        }
        zone = NAMED_BEFORE_OFFSET.matcher(zone).replaceFirst("");
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.substring(1).replace(":", "").strip();
            if (digits.length() <= 2) {
                digits = (digits.length() == 1 ? "0" : "") + digits + "00";
            } else if (digits.length() == 3) {
                digits = "0" + digits;
            }
            int hours = Integer.parseInt(digits.substring(0, 2));
            int minutes = Integer.parseInt(digits.substring(2, 4));
            int total = (hours * 60 + minutes) * (zone.startsWith("-") ? -1 : 1);
            if (Math.abs(total) > 18 * 60 || minutes > 59) {
                return ZoneOffset.UTC;
            }
            return ZoneOffset.ofTotalSeconds(total * 60);
        }
        Integer minutes = ZONES.get(zone.toUpperCase(Locale.ROOT));
        return minutes == null ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(minutes * 60);
    }

    private static Optional<OffsetDateTime> build(int year, int month, int day, int hour, int minute, int second,
                                                  ZoneOffset offset) {
        try {
            if (second == 60) {
                second = 59; // leap second
            }
            if (hour == 24 && minute == 0) {
                return Optional.of(OffsetDateTime.of(LocalDateTime.of(year, month, day, 0, 0, second), offset).plusDays(1));
            }
            return Optional.of(OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second), offset));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
