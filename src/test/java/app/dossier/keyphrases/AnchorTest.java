package app.dossier.keyphrases;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ExhibitRef.SourceKind;
import app.dossier.model.Highlight;
import app.dossier.model.PhraseCategory;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A key phrase is found again after the text around it changed, and only when it is certain. */
class AnchorTest {
    private static final String MAIL = "Dear Mr Wendt,\n\nWe explicitly warn against implementing these changes.\n"
            + "Each one of them weakens the portal; in combination they practically remove the\n"
            + "protection of your company's customer data.\n\nKind regards\nJonas Becker\n";

    private static Highlight tag(String text, String quote) {
        int start = text.indexOf(quote);
        assertThat(start).as("quote in text").isNotNegative();
        return Anchor.create(SourceKind.MESSAGE, 1, text, start, start + quote.length(), PhraseCategory.MY_WARNING,
                "", "", 1, false);
    }

    private static String found(String text, Highlight h) {
        Optional<int[]> at = Anchor.find(text, h);
        assertThat(at).as("found").isPresent();
        return text.substring(at.get()[0], at.get()[1]);
    }

    @Test
    void keepsTheExactQuoteAndItsSurroundings() {
        Highlight h = tag(MAIL, "We explicitly warn against implementing these changes.");
        assertThat(h.quote()).isEqualTo("We explicitly warn against implementing these changes.");
        assertThat(h.prefix()).endsWith("Dear Mr Wendt,\n\n");
        assertThat(h.suffix()).startsWith("\nEach one of them");
        assertThat(MAIL.substring(h.start(), h.end())).isEqualTo(h.quote());
    }

    @Test
    void selectionWhitespaceAtTheEndsIsLeftOut() {
        int start = MAIL.indexOf("We explicitly") - 2;
        int end = MAIL.indexOf("changes.") + "changes.".length() + 1;
        Highlight h = Anchor.create(SourceKind.MESSAGE, 1, MAIL, start, end, PhraseCategory.MY_WARNING, "", "", 1, false);
        assertThat(h.quote()).isEqualTo("We explicitly warn against implementing these changes.");
    }

    @Test
    void survivesOtherLineEndingsAndAnotherSourceOfTheSameMail() {
        Highlight h = tag(MAIL, "in combination they practically remove the\nprotection of your company's");
        String fromMbox = PhraseText.canonical(MAIL.replace("\n", "\r\n"));
        assertThat(found(fromMbox, h)).isEqualTo("in combination they practically remove the\nprotection of your company's");
        String withPreamble = "> forwarded copy\n" + MAIL.replace("\n", "\r\n");
        assertThat(found(PhraseText.canonical(withPreamble), h)).startsWith("in combination");
    }

    @Test
    void survivesWhitespaceDifferencesAndReflowedLines() {
        Highlight h = tag(MAIL, "in combination they practically remove the\nprotection");
        String reflowed = MAIL.replace("the\nprotection", "the protection").replace("weakens the portal;", "weakens  the\tportal;");
        assertThat(found(reflowed, h)).isEqualTo("in combination they practically remove the protection");
        String rewrapped = MAIL.replace("practically remove", "practically\nremove");
        assertThat(found(rewrapped, h)).isEqualTo("in combination they practically\nremove the\nprotection");
    }

    @Test
    void aQuoteThatStandsTwiceIsTheOneWithTheSameSurroundings() {
        String text = "First: please confirm in writing.\nSecond point, about the export: please confirm in writing.\nEnd.";
        int second = text.lastIndexOf("please confirm in writing.");
        Highlight h = Anchor.create(SourceKind.MESSAGE, 1, text, second, second + "please confirm in writing.".length(),
                PhraseCategory.INSTRUCTION, "", "", 1, false);
        String shifted = "A new first line from another client.\n" + text;
        Optional<int[]> at = Anchor.find(shifted, h);
        assertThat(at).isPresent();
        assertThat(at.get()[0]).isEqualTo(shifted.lastIndexOf("please confirm in writing."));
        int first = text.indexOf("please confirm in writing.");
        Highlight h1 = Anchor.create(SourceKind.MESSAGE, 1, text, first, first + "please confirm in writing.".length(),
                PhraseCategory.INSTRUCTION, "", "", 1, false);
        assertThat(Anchor.find(shifted, h1).orElseThrow()[0]).isEqualTo(shifted.indexOf("please confirm in writing."));
    }

    @Test
    void twoPlacesWithTheSameSurroundingsAreNotGuessed() {
        String same = "the same long paragraph, repeated word for word in the mail, long enough to fill the context\n";
        String text = same + "We warn you.\n" + same + "We warn you.\n" + same;
        int second = text.lastIndexOf("We warn you.");
        Highlight h = Anchor.create(SourceKind.MESSAGE, 1, text, second, second + 12, PhraseCategory.MY_WARNING, "", "",
                1, false);
        assertThat(Anchor.find(text, h)).as("unchanged text: the same place").isPresent();
        assertThat(Anchor.find("More.\n" + text, h)).as("moved, and nothing tells the two apart").isEmpty();
    }

    @Test
    void aQuoteThatIsGoneIsNotFoundRatherThanMarkingOtherWords() {
        Highlight h = tag(MAIL, "We explicitly warn against implementing these changes.");
        String changed = MAIL.replace("We explicitly warn against", "We have no objection to");
        assertThat(Anchor.find(changed, h)).isEmpty();
        assertThat(Anchor.find("", h)).isEmpty();
    }
}
