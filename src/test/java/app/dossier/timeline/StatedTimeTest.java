package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A change is dated by the time its author states, not by when the mail went out. */
class StatedTimeTest {
    private static final OffsetDateTime SENT = OffsetDateTime.parse("2026-03-16T17:40+00:00");

    @Test
    void statedTimesInBothLanguages() {
        assertThat(StatedTime.in("The account has been enabled as of 17:30 today.", SENT))
                .contains(OffsetDateTime.parse("2026-03-16T17:30+00:00"));
        assertThat(StatedTime.in("Die Konfiguration wurde um 16:05 Uhr eingespielt.", SENT))
                .contains(OffsetDateTime.parse("2026-03-16T16:05+00:00"));
        assertThat(StatedTime.in("Applied on 14 March 2026 at 19:42.", SENT))
                .contains(OffsetDateTime.parse("2026-03-14T19:42+00:00"));
        assertThat(StatedTime.in("Der Filter ist seit heute 07:30 Uhr abgeschaltet.", SENT))
                .contains(OffsetDateTime.parse("2026-03-16T07:30+00:00"));
        assertThat(StatedTime.in("The rule has been in place since yesterday at 18:10.", SENT))
                .contains(OffsetDateTime.parse("2026-03-15T18:10+00:00"));
    }

    @Test
    void theTimeSaidToBeTodaysAndTheDayWrittenNextToIt() {
        OffsetDateTime sent = OffsetDateTime.parse("2026-05-15T18:40+01:00");
        assertThat(StatedTime.in("Following our call this morning at 11:00 (Irish time), I switched off the second "
                + "approval today at 18:25 Irish time (19:25 in Warsaw).", sent))
                .as("the call's time is not the change's").contains(OffsetDateTime.parse("2026-05-15T18:25+01:00"));
        OffsetDateTime gesendet = OffsetDateTime.parse("2026-07-03T19:52+02:00");
        assertThat(StatedTime.in("wie mit Ihrer Anweisung vom 29.06.2026 verlangt, habe ich die Zweit-PIN-Pflicht "
                + "heute um 19:35 Uhr abgeschaltet.", gesendet))
                .as("a date elsewhere in the sentence is not the day").contains(OffsetDateTime.parse("2026-07-03T19:35+02:00"));
        assertThat(StatedTime.in("Umgestellt am 02.07.2026 um 21:10 Uhr, wie besprochen.", gesendet))
                .contains(OffsetDateTime.parse("2026-07-02T21:10+02:00"));
        assertThat(StatedTime.in("Done at 07:15 on 2 July 2026.", gesendet))
                .contains(OffsetDateTime.parse("2026-07-02T07:15+02:00"));
    }

    @Test
    void plansAndOldReferencesAreNotTheEvent() {
        assertThat(StatedTime.in("We will apply it tonight from 19:30.", SENT)).as("after sending: a plan").isEmpty();
        assertThat(StatedTime.in("As on 2 March 2026 at 10:00, nothing changed.", SENT)).isEmpty();
        assertThat(StatedTime.in("Version 4.12 is live.", SENT)).isEmpty();
    }
}
