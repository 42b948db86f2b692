package app.dossier.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where the time axis gets its marks: a step from an hour to a year so that labels stand at least
 * {@link #MIN_PIXELS} apart, marks on whole hours, days, months or years in the user's time zone.
 */
final class TimeTicks {
    static final double MIN_PIXELS = 110;
    private static final long DAY = 86400;
    private static final long[] STEPS_SECONDS = {3600, 3 * 3600, 6 * 3600, 12 * 3600, DAY, 2 * DAY, 7 * DAY,
            14 * DAY, 30 * DAY, 91 * DAY, 365 * DAY};

    private final ZoneId zone;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter hourFormat;

    /** A mark on the axis: its time (epoch seconds) and label. */
    record Tick(long epochSecond, String label) {
    }

    TimeTicks(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.dayFormat = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
        this.hourFormat = DateTimeFormatter.ofPattern("d MMM HH:mm", locale);
    }

    /** The marks between two times (epoch seconds) when one pixel is {@code secondsPerPixel} long. */
    List<Tick> between(double start, double end, double secondsPerPixel) {
        long step = STEPS_SECONDS[STEPS_SECONDS.length - 1];
        for (long candidate : STEPS_SECONDS) {
            if (candidate / secondsPerPixel >= MIN_PIXELS) {
                step = candidate;
                break;
            }
        }
        DateTimeFormatter format = step < DAY ? hourFormat : dayFormat;
        List<Tick> ticks = new ArrayList<>();
        for (ZonedDateTime tick = first((long) start, step); tick.toEpochSecond() <= end && ticks.size() < 500;
             tick = next(tick, step)) {
            if (tick.toEpochSecond() >= start) {
                ticks.add(new Tick(tick.toEpochSecond(), format.format(tick)));
            }
        }
        return ticks;
    }

    private ZonedDateTime first(long epochSecond, long step) {
        ZonedDateTime at = Instant.ofEpochSecond(epochSecond).atZone(zone);
        if (step >= 365 * DAY) {
            return at.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
        }
        if (step >= 30 * DAY) {
            return at.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
        }
        if (step >= DAY) {
            return at.truncatedTo(ChronoUnit.DAYS);
        }
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    private static ZonedDateTime next(ZonedDateTime tick, long step) {
        if (step >= 365 * DAY) {
            return tick.plusYears(1);
        }
        if (step >= 91 * DAY) {
            return tick.plusMonths(3);
        }
        if (step >= 30 * DAY) {
            return tick.plusMonths(1);
        }
        return tick.plus(Duration.ofSeconds(step));
    }
}
