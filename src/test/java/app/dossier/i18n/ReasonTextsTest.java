package app.dossier.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.classify.Classifier;
import app.dossier.model.EventKind;
import app.dossier.model.Reason;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reasons behind a reading are coded and said in the reader's language; old plain texts stay as they were. */
class ReasonTextsTest {
    private final ReasonTexts english = new ReasonTexts(new Messages(Locale.ENGLISH));
    private final ReasonTexts german = new ReasonTexts(new Messages(Locale.GERMAN));

    @Test
    void aCodedReasonIsSaidInEachLanguage() {
        String stem = Reason.of("reason.stem", "freigab");
        assertThat(english.text(stem)).isEqualTo("stem \"freigab\"");
        assertThat(german.text(stem)).isEqualTo("Wortstamm „freigab“");
        String cues = Reason.of("reason.cues", "kind:APPROVAL", "go ahead");
        assertThat(english.text(cues)).isEqualTo("cues for Approval: \"go ahead\"".replace("Approval",
                new Messages(Locale.ENGLISH).get("kind.approval")));
        assertThat(german.text(cues)).startsWith("Signalwörter für " + new Messages(Locale.GERMAN).get("kind.approval"));
        assertThat(german.text(Reason.of("reason.probability", "p:0.83"))).isEqualTo("Wahrscheinlichkeit 0,83");
        assertThat(english.text(Reason.of("reason.probability", "p:0.83"))).isEqualTo("probability 0.83");
    }

    @Test
    void aReasonStoredAsPlainTextIsShownAsItIs() {
        assertThat(german.text("cues (asks for approval)")).isEqualTo("cues (asks for approval)");
        assertThat(Reason.decode("word \"ok\"")).isEmpty();
    }

    @Test
    void parametersSurviveTheCodeEvenWithOddCharacters() {
        Reason reason = new Reason("reason.words", List.of("a\u001fb", ""));
        Reason back = Reason.decode(reason.encode()).orElseThrow();
        assertThat(back.key()).isEqualTo("reason.words");
        assertThat(back.parameters()).containsExactly("a b", "");
    }

    @Test
    void theClassifiersReasonsAreAllCodedAndSaidInGerman() {
        var result = new Classifier().classify("de", "", "Passt, die Änderung ist freigegeben. Bitte um Freigabe der Firewall-Regel.");
        assertThat(result.labels()).contains(EventKind.APPROVAL, EventKind.REQUEST);
        for (var e : result.evidence()) {
            assertThat(e.reasons()).isNotEmpty().allSatisfy(r -> {
                assertThat(Reason.decode(r)).as(r).isPresent();
                assertThat(german.text(r)).doesNotContain("!reason.").doesNotStartWith("\u001e");
            });
        }
        assertThat(german.joined(result.evidence().get(0).reasons())).containsAnyOf("Wahrscheinlichkeit", "Signalwörter",
                "Regel");
    }
}
