package app.dossier.testing;

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

/** S/MIME mail made in the test with Bouncy Castle: a self-signed certificate (serial 0x1092), signed and encrypted mail. */
public final class SmimeMails {
    public static final String CONTENT = "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: 8bit\r\n\r\nI approve the firewall change for Friday, 19:00.\r\nMiriam\r\n";

    private final KeyPair keys;
    private final X509Certificate certificate;

    public SmimeMails() throws Exception {
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

    public byte[] sign(byte[] content, boolean encapsulate) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", keys.getPrivate(), certificate));
        generator.addCertificates(new JcaCertStore(List.of(certificate)));
        return generator.generate(new CMSProcessableByteArray(content), encapsulate).getEncoded();
    }

    public byte[] encrypt(byte[] content) throws Exception {
        CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
        generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(certificate));
        return generator.generate(new CMSProcessableByteArray(content),
                new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES128_CBC).build()).getEncoded();
    }

    public static String base64(byte[] der) {
        return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    }

    /** A multipart/signed mail whose first part is {@link #CONTENT}. */
    public String multipartSigned() throws Exception {
        String signature = base64(sign(CONTENT.getBytes(StandardCharsets.UTF_8), false));
        return "From: Miriam Vogt <miriam@example.de>\r\nTo: jonas@example.de\r\nSubject: Approval\r\n"
                + "Date: Tue, 13 Jan 2026 09:14:03 +0100\r\nMessage-ID: <sig@example.de>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/signed; protocol=\"application/pkcs7-signature\"; micalg=sha-256; "
                + "boundary=\"sig-b\"\r\n\r\nThis is an S/MIME signed message\r\n"
                + "--sig-b\r\n" + CONTENT + "\r\n--sig-b\r\n"
                + "Content-Type: application/pkcs7-signature; name=smime.p7s\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=smime.p7s\r\n\r\n" + signature + "\r\n--sig-b--\r\n";
    }

    /** An opaque-signed mail carrying {@link #CONTENT}. */
    public String opaqueSigned() throws Exception {
        return "From: Miriam Vogt <miriam@example.de>\r\nSubject: Opaque\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: application/pkcs7-mime; smime-type=signed-data; name=smime.p7m\r\n"
                + "Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename=smime.p7m\r\n\r\n"
                + base64(sign(CONTENT.getBytes(StandardCharsets.UTF_8), true)) + "\r\n";
    }

    /** A mail encrypted for the test certificate. */
    public String encrypted() throws Exception {
        return "From: Jonas <jonas@example.de>\r\nSubject: Secret\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + base64(encrypt(CONTENT.getBytes(StandardCharsets.UTF_8)))
                + "\r\n";
    }
}
