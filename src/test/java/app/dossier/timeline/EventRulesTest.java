package app.dossier.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.EventKind;
import app.dossier.model.MessageAnalysis.Finding;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's own reading of a message's findings: what a change is, and whose. */
class EventRulesTest {
    private static Finding change(String sentence, double score) {
        return new Finding(EventKind.CHANGE, sentence, score, List.of("a cue"));
    }

    @Test
    void plansRefusalsAndNeverImplementedAreNoChange() {
        for (String notDone : List.of("We'll switch it back on as soon as you have two setters.",
                "As a follow-up we will review the contractor logins every Monday.",
                "Your request was declined and never implemented.",
                "Die Bitte haben wir abgelehnt; sie wurde nie umgesetzt.",
                "Nach der Projektwoche werden wir den Filter wieder aktivieren.",
                "We have not changed the firewall.",
                "In every case their bank details had been changed through the portal, following a phishing email.",
                "Die Zugangsdaten waren zuvor über ein infiziertes Notebook geändert worden.")) {
            assertThat(EventRules.adjust(List.of(change(notDone, 3)))).as(notDone).isEmpty();
        }
        for (String done : List.of("The allowlist was removed at 18:20 today.",
                "Seit 18:10 Uhr wird das Passwort nicht mehr abgefragt.",
                "Der Filter ist seit heute 07:30 Uhr abgeschaltet.",
                "Das Passwort wurde ab heute nicht mehr abgefragt.",
                "The second factor is no longer asked for since 17:30.",
                "We had already removed the old rule at 18:00 as asked.")) {
            assertThat(EventRules.adjust(List.of(change(done, 3)))).as(done).hasSize(1);
        }
    }

    @Test
    void aChangeTheAuthorSaysTheReaderMadeIsBlame() {
        List<Finding> read = EventRules.adjust(List.of(change("You disabled the allowlist without asking us.", 3)));
        assertThat(read).extracting(Finding::label).containsExactly(EventKind.BLAME);
        assertThat(EventRules.adjust(List.of(change("We disabled the allowlist as you asked.", 3))))
                .extracting(Finding::label).containsExactly(EventKind.CHANGE);
        List<Finding> found = new ArrayList<>(List.of(new Finding(EventKind.INCIDENT,
                "Sie haben den Filter ohne Rücksprache abgeschaltet.", 2, List.of())));
        assertThat(EventRules.blameOfReader(List.of("Guten Tag.", "Sie haben den Filter ohne Rücksprache abgeschaltet."),
                found)).get().extracting(Finding::label).isEqualTo(EventKind.BLAME);
        assertThat(found).as("one sentence, one reading").isEmpty();
        assertThat(EventRules.blameOfReader(List.of("You asked us to disable it."), new ArrayList<>())).isEmpty();
    }

    @Test
    void theKeySentenceOfAChangeIsTheOneThatStatesItsTime() {
        OffsetDateTime sent = OffsetDateTime.parse("2026-05-12T19:05+01:00");
        List<Finding> findings = List.of(change("Everything is now switched off for the contractors.", 4),
                change("The allowlist was removed at 18:20 today.", 3));
        assertThat(EventRules.best(findings, EventKind.CHANGE, sent)).get().extracting(Finding::sentence)
                .isEqualTo("The allowlist was removed at 18:20 today.");
        Finding approval = new Finding(EventKind.APPROVAL, "The allowlist was removed at 18:20, as approved.", 2, List.of());
        assertThat(EventRules.adjust(List.of(change(approval.sentence(), 3), approval))).extracting(Finding::label)
                .as("a report of a change 'as approved' gives no approval").containsExactly(EventKind.CHANGE);
    }

    @Test
    void notableFactsAndHours() {
        assertThat(EventRules.farOutsideHours(OffsetDateTime.parse("2026-06-20T23:41+01:00"))).isTrue();
        assertThat(EventRules.farOutsideHours(OffsetDateTime.parse("2026-06-18T20:30+01:00"))).isFalse();
    }
}
