package app.dossier.brief;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.brief.html.Html;
import app.dossier.brief.html.Redactor;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Escaping, highlighting and redaction of the text that goes into the briefing. */
class HtmlTest {
    @Test
    void escapesMarkupAndDropsWhatXmlCannotCarry() {
        Html h = new Html(new Redactor(List.of()), "[x]");
        h.text("a < b & \"c\" 'd' \u0007bell\u0000 \uD83D\uDE00 \uD800lone");
        assertThat(h.toString()).isEqualTo("a &lt; b &amp; &quot;c&quot; &#39;d&#39; bell \uD83D\uDE00 lone");
    }

    @Test
    void removesEveryPlaceOfARedactedTermWhateverItsCaseAndCountsThem() {
        Redactor redactor = new Redactor(List.of("claudia.reimann@kessler-logistik.de", "Reimann"));
        Html h = new Html(redactor, "[redacted]");
        h.text("Frau REIMANN <claudia.reimann@kessler-logistik.de> und reimann");
        assertThat(h.toString()).doesNotContainIgnoringCase("reimann")
                .isEqualTo("Frau <span class=\"redacted\">[redacted]</span> &lt;<span class=\"redacted\">[redacted]</span>"
                        + "&gt; und <span class=\"redacted\">[redacted]</span>");
        assertThat(redactor.places()).isEqualTo(3);
    }

    @Test
    void aHighlightCuttingARedactedNameLeavesOneMarkAndNoLetterOfIt() {
        Redactor redactor = new Redactor(List.of("Claudia Reimann"));
        Html h = new Html(redactor, "[redacted]");
        String text = "Ask Claudia Reimann today.";
        h.marked(text, List.of(new Html.Span(0, 11, "hl c-threat")));
        assertThat(h.toString()).doesNotContain("Claudia", "Reimann", "laudia")
                .isEqualTo("<span class=\"hl c-threat\">Ask </span><span class=\"hl c-threat\"><span class=\"redacted\">"
                        + "[redacted]</span></span> today.");
        assertThat(redactor.places()).isEqualTo(1);
    }

    @Test
    void plainTextForBookmarksAndTitlesIsRedactedToo() {
        Redactor redactor = new Redactor(List.of("Wendt"));
        Html h = new Html(redactor, "[geschwärzt]");
        assertThat(h.plain("Drohung von M. Wendt")).isEqualTo("Drohung von M. [geschwärzt]");
        assertThat(redactor.places()).isEqualTo(1);
    }
}
