package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass trigger search finds exactly the triggers that {@code String.contains} finds. */
class TriggerIndexTest {
    @Test
    void findsWhatContainsFinds() {
        List<String> triggers = List.of("he", "she", "his", "hers", "please", "plea", "ease", "ä", "für", "freigabe",
                "gabe", "a", "aa", "aaa", "could you", "you");
        TriggerIndex index = new TriggerIndex(triggers);
        Random random = new Random(7);
        String alphabet = "aehirsplyou äfgbcd";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextInt(4) == 0) {
                text.insert(random.nextInt(text.length() + 1), triggers.get(random.nextInt(triggers.size())));
            }
            var found = index.find(text.toString());
            for (String t : triggers) {
                assertThat(found.get(index.id(t))).as(t + " in \"" + text + "\"").isEqualTo(text.toString().contains(t));
            }
        }
    }

    @Test
    void everyCueOfBothLexiconsIsPreCheckedAsBefore() {
        for (String lang : List.of("en", "de")) {
            Lexicon lexicon = Lexicon.load(lang);
            for (String text : List.of("could you please switch off the mfa by friday?", "bitte um freigabe bis mittwoch.",
                    "we will hold you liable for all damages.", "die konfiguration wurde um 20:05 uhr eingespielt.")) {
                var found = lexicon.triggersIn(text);
                for (int i = 0; i < lexicon.cues().size(); i++) {
                    assertThat(lexicon.mayMatch(i, found)).isEqualTo(lexicon.cues().get(i).mayMatch(text));
                }
            }
        }
    }
}
