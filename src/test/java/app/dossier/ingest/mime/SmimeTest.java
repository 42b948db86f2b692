package app.dossier.ingest.mime;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.ingest.msg.TnefReader;
import app.dossier.model.MessageData;
import app.dossier.model.MessageFlag;
import app.dossier.model.SmimeInfo;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** S/MIME made in the test: a self-signed certificate, signed and encrypted mail, then tampered with. */
class SmimeTest {
    private static final String CONTENT = "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\nI approve the firewall change for Friday, 19:00.\r\nMiriam\r\n";
    private static KeyPair keys;
    private static X509Certificate certificate;

    private final MimeMessageParser parser = new MimeMessageParser(new TnefReader());
    private final SmimeInspector inspector = new SmimeInspector();

    @BeforeAll
    static void makeCertificate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Miriam Vogt,O=Nordlicht Test,C=DE");
        Instant now = Instant.now();
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(4242),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate()));
        certificate = new JcaX509CertificateConverter().getCertificate(holder);
    }

    private static byte[] sign(byte[] content, boolean encapsulate) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", keys.getPrivate(), certificate));
        generator.addCertificates(new JcaCertStore(List.of(certificate)));
        return generator.generate(new CMSProcessableByteArray(content), encapsulate).getEncoded();
    }

    private static String base64(byte[] der) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    }

    private static String multipartSigned() throws Exception {
        String signature = base64(sign(CONTENT.getBytes(StandardCharsets.UTF_8), false));
        return "From: Miriam Vogt <miriam@example.de>\r\nTo: jonas@example.de\r\nSubject: Approval\r\n"
                + "Date: Tue, 13 Jan 2026 09:14:03 +0100\r\nMessage-ID: <sig@example.de>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; "
                + "boundary=\"sig-b\"\r\n\r\nThis is an S/MIME signed message\r\n"
                + "--sig-b\r\n" + CONTENT + "\r\n--sig-b\r\n"
                + "Content-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=smime.p7s\r\n\r\n" + signature + "\r\n--sig-b--\r\n";
    }

    @Test
    void aMultipartSignedMailVerifiesAndNamesItsSigner() throws Exception {
        byte[] mail = multipartSigned().getBytes(StandardCharsets.UTF_8);
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
        byte[] mail = multipartSigned().replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        assertThat(inspector.inspect(mail).orElseThrow().info().allValid()).isTrue();
    }

    @Test
    void aBodyAlteredAfterSigningFailsVerificationAndSaysSo() throws Exception {
        byte[] mail = multipartSigned().replace("I approve the firewall change", "I reject the firewall change")
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
        String mail = "From: Miriam Vogt <miriam@example.de>\r\nSubject: Opaque\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: application/pkcs7-mime; smime-type=signed-data; name=smime.p7m\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=smime.p7m\r\n\r\n"
                + base64(sign(CONTENT.getBytes(StandardCharsets.UTF_8), true)) + "\r\n";
        MessageData data = parser.parse(mail.getBytes(StandardCharsets.US_ASCII)).data();
        assertThat(data.text()).isEqualTo("I approve the firewall change for Friday, 19:00.\nMiriam\n");
        assertThat(data.flags()).contains(MessageFlag.SMIME_SIGNED);
        SmimeInfo info = inspector.inspect(mail.getBytes(StandardCharsets.US_ASCII)).orElseThrow().info();
        assertThat(info.opaque()).isTrue();
        assertThat(info.allValid()).isTrue();
    }

    @Test
    void anEncryptedMailIsListedAsEncryptedWithItsRecipients() throws Exception {
        CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
        generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(certificate));
        byte[] der = generator.generate(new CMSProcessableByteArray(CONTENT.getBytes(StandardCharsets.UTF_8)),
                new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES128_CBC).build()).getEncoded();
        String mail = "From: Jonas <jonas@example.de>\r\nSubject: Secret\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + base64(der) + "\r\n";
        byte[] bytes = mail.getBytes(StandardCharsets.US_ASCII);
        MessageData data = parser.parse(bytes).data();
        assertThat(data.flags()).contains(MessageFlag.SMIME_ENCRYPTED);
        assertThat(data.text()).doesNotContain("approve");
        SmimeInfo info = inspector.inspect(bytes).orElseThrow().info();
        assertThat(info.kind()).isEqualTo(SmimeInfo.Kind.ENCRYPTED);
        assertThat(info.recipients()).singleElement().asString().contains("CN=Miriam Vogt", "serial 1092");
    }
}
