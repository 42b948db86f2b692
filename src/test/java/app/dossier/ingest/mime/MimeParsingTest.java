package app.dossier.ingest.mime;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ingest.msg.TnefReader;
import app.dossier.model.MessageData;
import app.dossier.model.MessageFlag;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MimeParsingTest {
    private final MimeMessageParser parser = new MimeMessageParser(new TnefReader());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tue, 13 Jan 2026 09:14:03 +0100          | 2026-01-13T09:14:03+01:00
            13 Jan 2026 09:14 +0100                  | 2026-01-13T09:14:00+01:00
            Tue, 13 Jan 26 09:14:03 GMT              | 2026-01-13T09:14:03Z
            Tue, 13 Jan 2026 09:14:03 -0500 (EST)    | 2026-01-13T09:14:03-05:00
            Tue, 13 Jan 2026 09:14:03 CET            | 2026-01-13T09:14:03+01:00
            16 May 2016 at 09:30:32  GMT+1           | 2016-05-16T09:30:32+01:00
            Mon, 3 Jun 1996 12:50:27 PDT             | 1996-06-03T12:50:27-07:00
            2026-03-10T19:42:00+01:00                | 2026-03-10T19:42:00+01:00
            """)
    void readsTheDatesRealMailWrites(String header, String expected) {
        assertThat(MailDates.parse(header)).contains(OffsetDateTime.parse(expected));
    }

    @Test
    void garbageDatesAreAbsentNotWrong() {
        assertThat(MailDates.parse("yesterday-ish")).isEmpty();
        assertThat(MailDates.parse("31 Feb 2026 10:00:00 +0000")).isEmpty();
    }

    @Test
    void unflowsFormatFlowedText() {
        String flowed = "This is a long line \r\nthat was wrapped.\r\n From an IT view\r\n>> quoted \r\n>> more\r\n-- \r\nsig\r\n";
        assertThat(FlowedText.unflow(flowed, false))
                .isEqualTo("This is a long line that was wrapped.\nFrom an IT view\n>> quoted more\n-- \nsig\n");
        assertThat(FlowedText.unflow("no space\r\nbreak", true)).isEqualTo("no space\nbreak");
        assertThat(FlowedText.unflow("joined \r\nword", true)).isEqualTo("joinedword");
    }

    @Test
    void decodesRfc2231AndEncodedWordParameters() {
        assertThat(HeaderParameters.parse("attachment; filename*=UTF-8''Pr%C3%BCfbericht%20M%C3%A4rz.pdf"))
                .containsEntry("filename", "Prüfbericht März.pdf");
        assertThat(HeaderParameters.parse("attachment; filename*0*=iso-8859-1''%FCber; filename*1=sicht.txt"))
                .containsEntry("filename", "übersicht.txt");
        assertThat(HeaderParameters.parse("application/pdf; name=\"=?UTF-8?Q?Rechnung_=C3=BCber.pdf?=\""))
                .containsEntry("name", "Rechnung über.pdf");
        assertThat(HeaderParameters.mainValue("Text/Plain; charset=utf-8")).isEqualTo("text/plain");
    }

    @Test
    void parsesHeadersBodyAndAttachments() {
        String mail = """
                Received: from mx.example.org by mx.nordlicht.example; Tue, 13 Jan 2026 09:14:05 +0100\r
                From: =?ISO-8859-1?Q?J=FCrgen_Wei=DF?= <juergen@example.org>\r
                Reply-To: other@elsewhere.example\r
                To: Jonas Becker <jonas@example.de>, "Vogt, Miriam" <miriam@example.de>\r
                Subject: =?UTF-8?B?U2ljaGVyaGVpdHNiZXdlcnR1bmc=?= (Entwurf)\r
                Date: Tue, 13 Jan 2026 09:14:03 +0100\r
                Message-ID: <abc@example.org>\r
                In-Reply-To: <parent@example.org>\r
                MIME-Version: 1.0\r
                Content-Type: multipart/mixed; boundary="b1"\r
                \r
                --b1\r
                Content-Type: text/plain; charset=iso-8859-1\r
                Content-Transfer-Encoding: quoted-printable\r
                \r
                Gr=FC=DFe aus Bremen\r
                --b1\r
                Content-Type: application/pdf; name="bericht.pdf"\r
                Content-Disposition: attachment; filename="bericht.pdf"\r
                Content-Transfer-Encoding: base64\r
                \r
                JVBERi0xLjQK\r
                --b1--\r
                """;
        MessageData data = parser.parse(mail.getBytes(StandardCharsets.ISO_8859_1)).data();
        assertThat(data.subject()).isEqualTo("Sicherheitsbewertung (Entwurf)");
        assertThat(data.from().name()).isEqualTo("Jürgen Weiß");
        assertThat(data.from().email()).isEqualTo("juergen@example.org");
        assertThat(data.to()).extracting(a -> a.name()).containsExactly("Jonas Becker", "Vogt, Miriam");
        assertThat(data.messageId()).isEqualTo("abc@example.org");
        assertThat(data.inReplyTo()).isEqualTo("parent@example.org");
        assertThat(data.text()).isEqualTo("Grüße aus Bremen");
        assertThat(data.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("bericht.pdf");
            assertThat(a.size()).isEqualTo(9);
        });
        assertThat(data.firstReceivedAt()).isEqualTo(OffsetDateTime.parse("2026-01-13T09:14:05+01:00"));
        assertThat(data.flags()).contains(MessageFlag.REPLY_TO_MISMATCH).doesNotContain(MessageFlag.NO_TRANSPORT_HEADERS);
    }

    @Test
    void rawEightBitHeadersAndHtmlOnlyMail() {
        String mail = "From: Jöhn Dœ <john@example.com>\nSubject: Säying Hello\nContent-Type: text/html; charset=utf-8\n\n"
                + "<html><body><p>First <b>paragraph</b></p><p>Second<br>line</p><img src=\"http://tracker.example/x.gif\"></body></html>\n";
        MessageData data = parser.parse(mail.getBytes(StandardCharsets.UTF_8)).data();
        assertThat(data.subject()).isEqualTo("Säying Hello");
        assertThat(data.from().name()).isEqualTo("Jöhn Dœ");
        assertThat(data.text()).isEqualTo("First paragraph\nSecond\nline");
        assertThat(parser.parseForDisplay(mail.getBytes(StandardCharsets.UTF_8)).data().html()).contains("<b>paragraph</b>");
        assertThat(data.flags()).contains(MessageFlag.NO_TRANSPORT_HEADERS);
    }

    @Test
    void copiesWithOtherLineEndingsOrTransportHeadersShareTheContentKey() {
        String sent = "From: a@example.org\r\nSubject: S\r\nDate: Tue, 13 Jan 2026 09:14:03 +0100\r\n"
                + "Message-ID: <k@x>\r\n\r\nBody line\r\n";
        String received = "Received: by mx; Tue, 13 Jan 2026 09:14:05 +0100\n"
                + sent.replace("\r\n", "\n");
        String changed = sent.replace("Body line", "Body line changed");
        String a = parser.parse(sent.getBytes(StandardCharsets.US_ASCII)).data().contentKey();
        String b = parser.parse(received.getBytes(StandardCharsets.US_ASCII)).data().contentKey();
        String c = parser.parse(changed.getBytes(StandardCharsets.US_ASCII)).data().contentKey();
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    /**
     * Cases keep the content keys of what they imported, and a second import of the same mail is told
     * by them: the key of a given mail never changes. The value was made by the key's first form (a sum
     * per line of the body); bare CRs and LFs, a CRLF and trailing blank lines all take part.
     */
    @Test
    void theContentKeyOfAMailStaysWhatItWas() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            body.append("Zeile ").append(i).append(i % 7 == 0 ? "\r" : "").append(i % 5 == 0 ? "\n" : "\r\n");
        }
        String mail = "From: a@example.org\r\nSubject: Schl\u00fcssel\r\nDate: Tue, 13 Jan 2026 09:14:03 +0100\r\n"
                + "Message-ID: <key@x>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "Ende\r\n\r\n  \r\n";
        assertThat(parser.parse(mail.getBytes(StandardCharsets.UTF_8)).data().contentKey())
                .isEqualTo("0b1ec6912b46243a700d8f839c40b94afe81e64bdb1425ded125ecded6a93f5c");
    }

    @Test
    void headerlessAndBinaryInputNeverThrows() {
        assertThat(parser.parse(new byte[0]).data().subject()).isEmpty();
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        assertThat(parser.parse(noise).data()).isNotNull();
        String leading = "   \r\nFrom sender@example.org Mon Jun 01 10:00:00 2009\r\nSubject: after envelope\r\n\r\nx";
        assertThat(parser.parse(leading.getBytes(StandardCharsets.US_ASCII)).data().subject()).isEqualTo("after envelope");
    }
}
