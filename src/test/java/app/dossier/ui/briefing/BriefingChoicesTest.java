package app.dossier.ui.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.brief.BriefingOptions;
import app.dossier.brief.BriefingSection;
import app.dossier.brief.Paper;
import app.dossier.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The choices for the next briefing, read into options or into a sentence saying what is wrong. No FX toolkit. */
class BriefingChoicesTest {
    private final List<String> problems = new ArrayList<>();

    @Test
    void theBriefingSpeaksTheWindowsLanguageByDefaultWithEverySection() {
        BriefingChoices german = new BriefingChoices(Locale.GERMANY);
        Optional<BriefingOptions> read = german.read(new Messages(Locale.GERMAN), problems::add);
        assertThat(read).hasValueSatisfying(o -> {
            assertThat(o.language()).isEqualTo(Locale.GERMAN);
            assertThat(o.paper()).isEqualTo(Paper.A4);
            assertThat(o.exhibits()).isEmpty();
            for (BriefingSection s : BriefingSection.values()) {
                assertThat(o.has(s)).as(s.id()).isTrue();
            }
        });
        assertThat(new BriefingChoices(Locale.FRENCH).languageProperty().get()).isEqualTo(Locale.ENGLISH);
        assertThat(problems).isEmpty();
    }

    @Test
    void aWrongExhibitNumberIsNamedInTheUsersLanguage() {
        BriefingChoices choices = new BriefingChoices(Locale.ENGLISH);
        choices.exhibitsProperty().set("2; 0");
        assertThat(choices.read(new Messages(Locale.GERMAN), problems::add)).isEmpty();
        assertThat(problems).containsExactly("0 ist keine Belegnummer: Schreiben Sie Nummern, durch Kommas getrennt.");
        choices.exhibitsProperty().set("2 5,9");
        assertThat(choices.read(new Messages(Locale.ENGLISH), problems::add))
                .hasValueSatisfying(o -> assertThat(o.exhibits()).containsExactlyInAnyOrder(2, 5, 9));
    }
}
