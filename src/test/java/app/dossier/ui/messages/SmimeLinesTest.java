package app.dossier.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.i18n.Messages;
import app.dossier.model.SmimeInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Authenticity tab's S/MIME words, without the FX toolkit. */
class SmimeLinesTest {
    private static final SmimeInfo.Signer ALTERED = new SmimeInfo.Signer(SmimeInfo.Status.CONTENT_ALTERED,
            "CN=Miriam Vogt,O=Nordlicht", "CN=Test CA", "1092", OffsetDateTime.parse("2026-01-01T00:00Z"),
            OffsetDateTime.parse("2027-01-01T00:00Z"), OffsetDateTime.parse("2026-03-09T16:30Z"), false);

    @Test
    void anAlteredSignatureIsSaidPlainlyWithTheCertificate() {
        List<SmimeLines.Line> lines = new SmimeLines(new Messages(Locale.ENGLISH))
                .lines(new SmimeInfo(SmimeInfo.Kind.SIGNED, false, List.of(ALTERED), List.of(), ""));
        assertThat(lines.get(0).text()).isEqualTo(
                "S/MIME signature does NOT match: the content was changed after CN=Miriam Vogt,O=Nordlicht signed it.");
        assertThat(lines.get(0).tone()).isEqualTo(SmimeLines.Tone.BAD);
        assertThat(lines).extracting(SmimeLines.Line::text).anySatisfy(t -> assertThat(t)
                .contains("issued by CN=Test CA", "2026-01-01T00:00Z", "2027-01-01T00:00Z", "serial 1092"));
        assertThat(lines).extracting(SmimeLines.Line::text).anySatisfy(t -> assertThat(t).contains("2026-03-09T16:30Z"));
    }

    @Test
    void encryptedMailListsItsRecipientsInGerman() {
        List<SmimeLines.Line> lines = new SmimeLines(new Messages(Locale.GERMAN)).lines(new SmimeInfo(
                SmimeInfo.Kind.ENCRYPTED, true, List.of(), List.of("issuer CN=Test CA, serial 1092"), ""));
        assertThat(lines).extracting(SmimeLines.Line::text).containsExactly(
                "S/MIME-verschlüsselt: Der Inhalt ist ohne den privaten Schlüssel eines Empfängers nicht lesbar. "
                        + "Verschlüsselt für:", "• issuer CN=Test CA, serial 1092");
    }

    @Test
    void noSmimeSaysSo() {
        assertThat(new SmimeLines(new Messages(Locale.ENGLISH)).lines(null)).extracting(SmimeLines.Line::text)
                .containsExactly("No S/MIME signature.");
    }
}
