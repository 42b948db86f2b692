package app.dossier.ingest.mime;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ingest.msg.TnefReader;
import app.dossier.model.MessageData;
import app.dossier.model.MessageFlag;
import app.dossier.model.SmimeInfo;
import app.dossier.testing.SmimeMails;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** S/MIME made in the test: a self-signed certificate, signed and encrypted mail, then tampered with. */
class SmimeTest {
    private static SmimeMails mails;

    private final MimeMessageParser parser = new MimeMessageParser(new TnefReader());
    private final SmimeInspector inspector = new SmimeInspector();

    @BeforeAll
    static void makeCertificate() throws Exception {
        mails = new SmimeMails();
    }

    @Test
    void aMultipartSignedMailVerifiesAndNamesItsSigner() throws Exception {
        byte[] mail = mails.multipartSigned().getBytes(StandardCharsets.UTF_8);
        MessageData data = parser.parse(mail).data();
        assertThat(data.text()).startsWith("I approve the firewall change");
        assertThat(data.flags()).contains(MessageFlag.SMIME_SIGNED).doesNotContain(MessageFlag.SMIME_SIGNATURE_INVALID);
        SmimeInfo info = inspector.inspect(mail).orElseThrow().info();
        assertThat(info.allValid()).isTrue();
        assertThat(info.signers()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(SmimeInfo.Status.VALID);
            assertThat(s.subject()).contains("CN=Miriam Vogt");
            assertThat(s.issuer()).contains("CN=Miriam Vogt");
            assertThat(s.selfSigned()).isTrue();
            assertThat(s.serial()).isEqualTo(BigInteger.valueOf(4242).toString(16));
            assertThat(s.signedAt()).isNotNull();
            assertThat(s.validTo()).isAfter(s.validFrom());
        });
    }

    @Test
    void aSignedMailStoredWithLfLineEndingsStillVerifies() throws Exception {
        byte[] mail = mails.multipartSigned().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(inspector.inspect(mail).orElseThrow().info().allValid()).isTrue();
    }

    @Test
    void aBodyAlteredAfterSigningFailsVerificationAndSaysSo() throws Exception {
        byte[] mail = mails.multipartSigned().replace("I approve the firewall change", "I reject the firewall change")
                .getBytes(StandardCharsets.UTF_8);
        MessageData data = parser.parse(mail).data();
        assertThat(data.text()).startsWith("I reject");
        assertThat(data.flags()).contains(MessageFlag.SMIME_SIGNATURE_INVALID).doesNotContain(MessageFlag.SMIME_SIGNED);
        SmimeInfo info = inspector.inspect(mail).orElseThrow().info();
        assertThat(info.allValid()).isFalse();
        assertThat(info.signers()).singleElement().extracting(SmimeInfo.Signer::status)
                .isEqualTo(SmimeInfo.Status.CONTENT_ALTERED);
    }

    @Test
    void anOpaqueSignedMailIsUnwrappedAndVerified() throws Exception {
        byte[] mail = mails.opaqueSigned().getBytes(StandardCharsets.US_ASCII);
        MessageData data = parser.parse(mail).data();
        assertThat(data.text()).isEqualTo("I approve the firewall change for Friday, 19:00.\nMiriam\n");
        assertThat(data.flags()).contains(MessageFlag.SMIME_SIGNED);
        SmimeInfo info = inspector.inspect(mail).orElseThrow().info();
        assertThat(info.opaque()).isTrue();
        assertThat(info.allValid()).isTrue();
    }

    @Test
    void anEncryptedMailIsListedAsEncryptedWithItsRecipients() throws Exception {
        byte[] bytes = mails.encrypted().getBytes(StandardCharsets.US_ASCII);
        MessageData data = parser.parse(bytes).data();
        assertThat(data.flags()).contains(MessageFlag.SMIME_ENCRYPTED);
        assertThat(data.text()).doesNotContain("approve");
        SmimeInfo info = inspector.inspect(bytes).orElseThrow().info();
        assertThat(info.kind()).isEqualTo(SmimeInfo.Kind.ENCRYPTED);
        assertThat(info.recipients()).singleElement().asString().contains("CN=Miriam Vogt", "serial 1092");
    }
}
