package app.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpacesTest {
    @Test
    void aTextIsStrippedAndEachRunOfWhiteSpaceIsOneSpace() {
        assertThat(Spaces.collapsed("  Bitte\n\tnicht   abschalten. \r\n")).isEqualTo("Bitte nicht abschalten.");
        assertThat(Spaces.collapsed("\u2003Wort\u00a0und  Wort ")).isEqualTo("Wort\u00a0und Wort");
        assertThat(Spaces.collapsed(" \n ")).isEmpty();
        for (String s : new String[] {"a  b", " x\ty\n", "\u2003 \u2003z  ", "no change"}) {
            assertThat(Spaces.collapsed(s)).isEqualTo(s.strip().replaceAll("\\s+", " "));
        }
    }
}
