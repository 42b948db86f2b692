package app.dossier.classify;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ingest.mime.HtmlText;
import app.dossier.model.EventKind;
import org.junit.jupiter.api.Test;

/** Quotes, forwards and signatures in the shapes mail programs write them, plain and HTML-only. */
class OwnTextTest {
    private final Classifier classifier = new Classifier();

    @Test
    void outlookOriginalMessageBlockInGerman() {
        String body = """
                Hallo Jonas,

                passt so.

                -----Ursprüngliche Nachricht-----
                Von: Markus Wendt
                Gesendet: Montag, 9. März 2026 07:58
                Betreff: Portal

                Wir werden Sie verklagen.
                """;
        assertThat(OwnText.of(body)).isEqualTo("Hallo Jonas,\n\npasst so.");
        assertThat(classifier.classify("de", "", body).labels()).doesNotContain(EventKind.THREAT);
    }

    @Test
    void forwardedMessageIsNotTheForwardersWords() {
        String body = "FYI, before I do anything.\n\n---------- Forwarded message ---------\nFrom: Markus\n\n"
                + "We will sue you and hold you liable for all damages.\n";
        assertThat(OwnText.of(body)).isEqualTo("FYI, before I do anything.");
        assertThat(classifier.classify("en", "", body).labels()).doesNotContain(EventKind.THREAT);
    }

    @Test
    void htmlOnlyReplyWithGmailStyleQuote() {
        String html = "<div dir=\"ltr\">Agreed, go ahead.</div><br><div class=\"gmail_quote\">"
                + "<div class=\"gmail_attr\">On Mon, 9 Mar 2026 at 07:58, Markus Wendt &lt;m@x&gt; wrote:<br></div>"
                + "<blockquote class=\"gmail_quote\"><p>We strongly advise against this.</p>"
                + "<p>We will hold you liable.</p></blockquote></div>";
        String text = HtmlText.toText(html);
        assertThat(text).contains("> We strongly advise against this.");
        assertThat(OwnText.of(text)).isEqualTo("Agreed, go ahead.");
        assertThat(classifier.classify("en", "", text).labels()).containsExactly(EventKind.APPROVAL);
    }

    @Test
    void htmlOnlyReplyWithOutlookHeaderBlock() {
        String html = "<p>Thanks, noted.</p><div style=\"border-top:solid #E1E1E1 1.0pt\"><p><b>From:</b> Markus"
                + "<br><b>Sent:</b> Monday, March 9, 2026 7:58 AM<br><b>Subject:</b> Portal</p></div>"
                + "<p>THIS IS ALL YOUR FAULT.</p>";
        assertThat(OwnText.of(HtmlText.toText(html))).isEqualTo("Thanks, noted.");
    }

    @Test
    void signatureAndMobileFooterAreCut() {
        String body = "The configuration was applied at 19:42.\n\nBest regards\nJonas\n--\nJonas Becker\n"
                + "Please consider the environment before printing this e-mail.\n";
        assertThat(OwnText.of(body)).isEqualTo("The configuration was applied at 19:42.");
        assertThat(OwnText.of("Approved.\n\nSent from my iPhone")).isEqualTo("Approved.");
    }
}
