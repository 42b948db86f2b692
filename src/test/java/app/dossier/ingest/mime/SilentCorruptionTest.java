package app.dossier.ingest.mime;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ingest.msg.TnefReader;
import app.dossier.model.Address;
import app.dossier.model.MessageData;
import app.dossier.model.MessageFlag;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * Mails that used to be imported with wrong content and reported as fine, each as a minimal
 * file written for this test.
 */
class SilentCorruptionTest {
    private final MimeMessageParser parser = new MimeMessageParser(new TnefReader());

    private MessageData parse(String mail) {
        return parser.parse(mail.getBytes(StandardCharsets.UTF_8)).data();
    }

    @Test
    void rawNonAsciiAddressesKeepTheirWholeAddressAndEveryOtherAddress() {
        MessageData data = parse("""
                From: Иван Петров <ivan@example.ru>
                To: jøran@example.com, Γιώργος Παπαδόπουλος <giorgos@example.gr>, dømi@xn--dmi-0na.fo
                Cc: 山田太郎 <taro@example.jp>, Jürgen Müßig <juergen@example.de>, "Ærø, Åse" <aase@example.dk>
                Subject: raw UTF-8 headers
                Date: Tue, 13 Jan 2026 09:14:03 +0100

                body
                """);
        assertThat(data.from()).isEqualTo(new Address("Иван Петров", "ivan@example.ru"));
        assertThat(data.to()).containsExactly(new Address("", "jøran@example.com"),
                new Address("Γιώργος Παπαδόπουλος", "giorgos@example.gr"), new Address("", "dømi@xn--dmi-0na.fo"));
        assertThat(data.cc()).containsExactly(new Address("山田太郎", "taro@example.jp"),
                new Address("Jürgen Müßig", "juergen@example.de"), new Address("Ærø, Åse", "aase@example.dk"));
    }

    @Test
    void eightBitLatin1HeadersKeepTheirAddresses() {
        byte[] mail = ("From: J\u00fcrgen Wei\u00df <jw@example.de>\nTo: Andr\u00e9 <andre@example.fr>, b@example.org\n"
                + "Subject: x\n\nbody\n").getBytes(StandardCharsets.ISO_8859_1);
        MessageData data = parser.parse(mail).data();
        assertThat(data.from()).isEqualTo(new Address("Jürgen Weiß", "jw@example.de"));
        assertThat(data.to()).containsExactly(new Address("André", "andre@example.fr"), new Address("", "b@example.org"));
    }

    @Test
    void namesInCommentFormAreKept() {
        assertThat(Addresses.parseOne("andy@example.com (Andy Grunwald)"))
                .isEqualTo(new Address("Andy Grunwald", "andy@example.com"));
        assertThat(Addresses.parseList("a@example.org (Anna (the boss)), =?UTF-8?Q?J=C3=B6rg?= <j@example.org>"))
                .containsExactly(new Address("Anna (the boss)", "a@example.org"), new Address("Jörg", "j@example.org"));
        assertThat(Addresses.parseOne("andy at example.com (Andy Grunwald)"))
                .as("no address is made up where the header has none")
                .isEqualTo(new Address("andy at example.com (Andy Grunwald)", ""));
        assertThat(Addresses.parseList("team: x@example.org, \"Doe, J\" <j@example.org>;"))
                .containsExactly(new Address("", "x@example.org"), new Address("Doe, J", "j@example.org"));
    }

    @Test
    void anUndeclaredCharsetIsReadAsUtf8WhenItIsAndFlagged() {
        MessageData noContentType = parse("From: a@example.org\nSubject: x\n\nサーバー “quoted” Grüße\n");
        assertThat(noContentType.text()).isEqualTo("サーバー “quoted” Grüße\n");
        assertThat(noContentType.flags()).contains(MessageFlag.CHARSET_GUESSED);

        MessageData noCharset = parse("From: a@example.org\nMIME-Version: 1.0\nContent-Type: text/plain\n\n“Grüße”\n");
        assertThat(noCharset.text()).isEqualTo("“Grüße”\n");

        MessageData latin = parser.parse("From: a@example.org\nContent-Type: text/plain\n\nGr\u00fc\u00dfe \u0093x\u0094\n"
                .getBytes(StandardCharsets.ISO_8859_1)).data();
        assertThat(latin.text()).as("not UTF-8: Windows-1252").isEqualTo("Grüße “x”\n");

        MessageData declared = parser.parse("From: a@example.org\nContent-Type: text/plain; charset=iso-8859-1\n\nGr\u00fc\u00dfe\n"
                .getBytes(StandardCharsets.ISO_8859_1)).data();
        assertThat(declared.text()).isEqualTo("Grüße\n");
        assertThat(declared.flags()).doesNotContain(MessageFlag.CHARSET_GUESSED);
        assertThat(parse("From: a@example.org\n\nplain ascii\n").flags()).doesNotContain(MessageFlag.CHARSET_GUESSED);
    }

    @Test
    void aMalformedZoneIsReadAsOtherReadersDoAndFlagged() {
        MessageData data = parse("From: a@example.org\nDate: Thu, 9 Oct 2003 13:30:57 -600\n\nx\n");
        assertThat(data.sentAt()).isEqualTo(OffsetDateTime.parse("2003-10-09T13:30:57-06:00"));
        assertThat(data.flags()).contains(MessageFlag.DATE_MALFORMED);

        MessageData good = parse("From: a@example.org\nDate: Thu, 9 Oct 2003 13:30:57 -0600 (CST)\n\nx\n");
        assertThat(good.sentAt()).isEqualTo(OffsetDateTime.parse("2003-10-09T13:30:57-06:00"));
        assertThat(good.flags()).doesNotContain(MessageFlag.DATE_MALFORMED);

        assertThat(parse("From: a@example.org\nDate: 9 Oct 2003 13:30:57\n\nx\n").flags())
                .as("no zone at all").contains(MessageFlag.DATE_MALFORMED);
        MessageData garbage = parse("From: a@example.org\nDate: sometime last week\n\nx\n");
        assertThat(garbage.sentAt()).isNull();
        assertThat(garbage.flags()).contains(MessageFlag.DATE_MALFORMED);
    }

    @Test
    void aBoundaryThatNeverMatchesShowsTheRawTextFlaggedBroken() {
        MessageData data = parse("""
                From: a@example.org
                Subject: broken
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="expected-boundary"

                --other-boundary
                Content-Type: text/plain

                The approval is attached.
                --other-boundary--
                """);
        assertThat(data.text()).contains("The approval is attached.");
        assertThat(data.flags()).contains(MessageFlag.STRUCTURE_BROKEN);

        MessageData fine = parse("From: a@example.org\nContent-Type: multipart/mixed; boundary=b\n\n--b\n"
                + "Content-Type: text/plain\n\nok\n--b--\n");
        assertThat(fine.text()).isEqualTo("ok");
        assertThat(fine.flags()).doesNotContain(MessageFlag.STRUCTURE_BROKEN);
    }

    @Test
    void headerOnlyJunkWithoutMessageIdOrBodyDoesNotShareAKey() {
        String a = parse("Date: not a date 1\n").contentKey();
        String b = parse("Date: not a date 2\n").contentKey();
        String c = parse("Date: not a date 1\n\n\n").contentKey();
        assertThat(a).isNotEqualTo(b).isEqualTo(c);
    }

    @Test
    void encodedWordsWithLanguageTagsGluedTogetherAndSplitCharacters() {
        assertThat(EncodedWords.decode("=?iso-8859-2*sl?Q?Doma=e8e?==?utf-8*sl?Q?_omre=C5?==?Utf-8*SL?q?=BEje?="))
                .isEqualTo("Domače omrežje");
        assertThat(EncodedWords.decode("=?UTF-8?B?SsO8cmdlbg==?= =?UTF-8?Q?_Wei=C3=9F?= (Team)"))
                .isEqualTo("Jürgen Weiß (Team)");
        assertThat(EncodedWords.decode("plain =?utf-8?q?x?= text")).isEqualTo("plain x text");
    }

    @Test
    void aCharsetLabelTheBytesProveWrongIsOverruledAndFlagged() {
        byte[] mail = ("From: a@example.org\nContent-Type: text/plain; charset=\"GB2312\"\n"
                + "Content-Transfer-Encoding: 8bit\n\n数据库迁移已完成，谢谢\n").getBytes(StandardCharsets.UTF_8);
        MessageData data = parser.parse(mail).data();
        assertThat(data.text()).isEqualTo("数据库迁移已完成，谢谢\n");
        assertThat(data.flags()).contains(MessageFlag.CHARSET_GUESSED);

        byte[] real = "From: a@example.org\nContent-Type: text/plain; charset=GB2312\n\n你好\n"
                .getBytes(java.nio.charset.Charset.forName("GB2312"));
        MessageData gb = parser.parse(real).data();
        assertThat(gb.text()).isEqualTo("你好\n");
        assertThat(gb.flags()).doesNotContain(MessageFlag.CHARSET_GUESSED);
    }
}
