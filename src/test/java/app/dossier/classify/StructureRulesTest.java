package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.EventKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of structure of docs/decisions/0034, each on a minimal message written for it: the items
 * of a list that a request opens are the request's contents; thanks for the other's message is
 * courtesy; a done verb of talking or reading is no change.
 */
class StructureRulesTest {
    private final Classifier classifier = new Classifier();

    private List<Classification.Evidence> of(String lang, String text, String sentence) {
        return classifier.classifyOwnText(lang, "", text).evidence().stream().filter(e -> e.sentence().equals(sentence)).toList();
    }

    @Test
    void theItemsOfARequestedListAreNoChangesOrWarningsOfTheirAuthor() {
        String text = """
                Please implement the following changes by Friday:
                - switch off two-factor authentication for the back office,
                - and, as already requested, remove the account lockout.

                Thanks.""";
        assertThat(of("en", text, "and, as already requested, remove the account lockout."))
                .extracting(Classification.Evidence::label).doesNotContain(EventKind.CHANGE, EventKind.WARNING,
                        EventKind.INCIDENT, EventKind.APPROVAL);
        assertThat(classifier.classifyOwnText("en", "", text).labels()).contains(EventKind.REQUEST)
                .doesNotContain(EventKind.CHANGE);
        String german = """
                Bitte setzen Sie folgende Punkte bis Freitag um:
                1. Zwei-Faktor-Anmeldung für das Back-Office abschalten
                2. Kontosperre entfernen""";
        assertThat(classifier.classifyOwnText("de", "", german).labels()).doesNotContain(EventKind.CHANGE, EventKind.WARNING);
    }

    @Test
    void aListUnderADoneStatementKeepsItsChanges() {
        String text = """
                The following changes were applied tonight at 19:42:
                - two-factor authentication was switched off for the back office
                - the account lockout was removed""";
        assertThat(RequestLists.of(text)).singleElement().satisfies(b -> {
            assertThat(b.introAsks()).as("a done statement does not ask").isFalse();
            assertThat(b.items()).hasSize(2);
        });
        assertThat(classifier.classifyOwnText("en", "", text).labels()).contains(EventKind.CHANGE);
    }

    @Test
    void aListUnderAWarningIsNotARequest() {
        String text = """
                Please note the following risks:
                - a single leaked password opens all customer data""";
        assertThat(RequestLists.of(text)).singleElement().satisfies(b -> assertThat(b.introAsks()).isFalse());
    }

    @Test
    void thanksForTheMessageIsCourtesy() {
        String sentence = "Thank you for your message and for explaining the background – I understand that the extra"
                + " login step is a nuisance in day-to-day work.";
        assertThat(of("en", sentence, sentence)).isEmpty();
        assertThat(classifier.classifyOwnText("de", "", "Vielen Dank für Ihre Nachricht und die Erläuterung.").labels())
                .containsExactly(EventKind.OTHER);
        assertThat(classifier.classifyOwnText("en", "", "Thanks for nothing, your team disabled the alerts.").labels())
                .as("other thanks are read as usual").isNotEqualTo(java.util.Set.of(EventKind.OTHER));
    }

    @Test
    void announcingOnesOwnMailToComeIsNoWarningYet() {
        assertThat(classifier.classifyOwnText("de", "", "Ich schicke ihm vorher eine schriftliche Bestätigung mit allen"
                + " Empfängern in Kopie, in der wir festhalten, dass wir unsere Bedenken aufrechterhalten.").labels())
                .doesNotContain(EventKind.WARNING);
        assertThat(classifier.classifyOwnText("de", "", "Wir raten dringend davon ab, die Änderungen umzusetzen.").labels())
                .as("the concerns said in the mail itself are a warning").contains(EventKind.WARNING);
    }

    @Test
    void aDoneVerbOfTalkingIsNoChange() {
        assertThat(classifier.classifyOwnText("de", "", "Ihre Alternativvorschläge habe ich intern vorgestellt.").labels())
                .doesNotContain(EventKind.CHANGE);
        assertThat(classifier.classifyOwnText("de", "", "Ich habe gestern Nachmittag noch mit Dr. Hoffmann gesprochen.").labels())
                .doesNotContain(EventKind.CHANGE);
        assertThat(classifier.classifyOwnText("en", "", "The configuration changes were applied to production at 19:42.")
                .labels()).as("a done change stays one").contains(EventKind.CHANGE);
    }
}
