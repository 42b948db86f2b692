package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.EventKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClassifierRulesTest {
    private final Classifier classifier = new Classifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | I cannot approve this change.                                        | WARNING
            en | No objections from our side.                                         | APPROVAL
            en | We strongly advise against switching off the lockout.                | WARNING
            en | Could you switch off two-factor authentication for the back office?  | REQUEST
            en | The configuration changes were applied to production at 19:42.       | CHANGE
            en | We will update the configuration next week.                          | OTHER
            en | We are examining legal steps and will hold you liable for all damages.| THREAT
            en | This is all your fault.                                              | BLAME
            de | Bitte um Freigabe bis Mittwoch.                                      | REQUEST
            de | Wir können die Änderung aus Sicherheitssicht nicht freigeben.        | WARNING
            de | Die Änderung ist freigegeben.                                        | APPROVAL
            de | Die Konfiguration wurde heute um 20:05 Uhr eingespielt.              | CHANGE
            de | Unser IT-Security-Team hat einen Einbruch in das Kundenportal festgestellt. | INCIDENT
            en | Following our call, you have my OK to lift the limit for this week.       | APPROVAL
            en | As discussed on the phone, I hereby confirm my approval of the exception. | APPROVAL
            en | We have reset the account as agreed.                                   | CHANGE
            de | Wie telefonisch besprochen, gebe ich die Änderung hiermit frei.         | APPROVAL
            de | Ich habe noch nichts umgestellt und warte auf Ihre Entscheidung.        | OTHER
            en | Please implement the changes tonight, exactly as the client requested.  | APPROVAL
            """)
    void labelsSentencesWithNegationAndHedging(String lang, String sentence, EventKind expected) {
        Classification result = classifier.classify(lang, "", sentence);
        assertThat(result.labels()).as(sentence).contains(expected);
        if (expected != EventKind.APPROVAL) {
            assertThat(result.labels()).as("no approval read into: " + sentence).doesNotContain(EventKind.APPROVAL);
        }
        if (expected != EventKind.OTHER) {
            assertThat(result.why()).isNotBlank();
            assertThat(result.keySentence()).isEqualTo(sentence);
        }
    }

    @Test
    void quotedRepliesForwardsAndSignaturesAreNotClassifiedAgain() {
        String reply = """
                Hi Jonas,

                thanks, noted.

                Kind regards
                Markus

                -----Original Message-----
                From: Jonas Becker
                Sent: Tuesday, 10 March 2026 19:53
                Subject: Change completed

                The configuration changes were applied to production. We strongly advise against this.
                """;
        assertThat(OwnText.of(reply)).isEqualTo("Hi Jonas,\n\nthanks, noted.");
        assertThat(classifier.classify("en", "", reply).labels()).containsExactly(EventKind.OTHER);

        String german = "Danke, ist erledigt.\n\nAm 09.03.26 um 07:58 schrieb Markus Wendt:\n> SCHALTEN SIE DAS AB, SONST KLAGEN WIR.\n";
        assertThat(OwnText.of(german)).isEqualTo("Danke, ist erledigt.");
        String quotedOnly = "Einverstanden.\n> Wir raten dringend davon ab.\n";
        assertThat(classifier.classify("de", "", quotedOnly).labels()).containsExactly(EventKind.APPROVAL);
    }

    @Test
    void guessesTheLanguage() {
        assertThat(LanguageGuess.of("Bitte schalten Sie die Zwei-Faktor-Authentifizierung ab, wir brauchen das.")).isEqualTo("de");
        assertThat(LanguageGuess.of("Please switch off the second factor for our staff.")).isEqualTo("en");
    }

    @Test
    void splitsSentencesAroundDatesAndAbbreviations() {
        assertThat(SentenceSplitter.split("Am 10.03.2026 um 19:42 Uhr, z. B. heute. Dann Dr. Vogt fragen! Fertig?"))
                .containsExactly("Am 10.03.2026 um 19:42 Uhr, z. B. heute.", "Dann Dr. Vogt fragen!", "Fertig?");
    }
}
