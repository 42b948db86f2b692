package app.dossier.ingest.mime;

import app.dossier.model.SmimeInfo;
import java.io.IOException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import app.dossier.ingest.mime.SmimeInspector.Result;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.KeyAgreeRecipientId;
import org.bouncycastle.cms.KeyTransRecipientId;
import org.bouncycastle.cms.RecipientId;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Store;

/**
 * The Bouncy Castle half of {@link SmimeInspector}: unwraps opaque-signed mail, checks every
 * signature against the certificate the mail carries and lists the recipients of encrypted mail.
 * A class of its own so that Bouncy Castle (signed jars, verified when first read) is only loaded
 * when a mail announces S/MIME: a briefing of unsigned mail never touches it.
 */
final class SmimeReader {
    private static final ASN1ObjectIdentifier AUTH_ENVELOPED = new ASN1ObjectIdentifier("1.2.840.113549.1.9.16.1.23");

    /**
     * The provider is an instance, not registered globally: nothing else in the JVM changes. Made
     * when a signature is first checked: setting it up loads hundreds of classes.
     */
    private BouncyCastleProvider provider;

    private synchronized BouncyCastleProvider provider() {
        if (provider == null) {
            provider = new BouncyCastleProvider();
        }
        return provider;
    }

    Optional<Result> inspect(HeaderBlock header, byte[] original) {
        String contentType = header.first("Content-Type").orElse("");
        String type = HeaderParameters.mainValue(contentType);
        Map<String, String> params = HeaderParameters.parse(contentType);
        try {
            if (type.equals("multipart/signed")) {
                String protocol = params.getOrDefault("protocol", "").toLowerCase(Locale.ROOT);
                if (!protocol.contains("pkcs7-signature")) {
                    return Optional.empty(); // PGP/MIME and others: not S/MIME
                }
                return Optional.of(detached(header, original, params.get("boundary")));
            }
            if (type.equals("application/pkcs7-mime") || type.equals("application/x-pkcs7-mime")) {
                byte[] der = transferDecoded(header, original, header.bodyOffset(), original.length);
                return Optional.of(opaque(der));
            }
        } catch (IOException | CMSException | RuntimeException e) {
            return Optional.of(new Result(new SmimeInfo(SmimeInfo.Kind.SIGNED, false, List.of(), List.of(),
                    "the S/MIME structure cannot be read (" + e.getClass().getSimpleName() + ")"), null));
        }
        return Optional.empty();
    }

    private Result detached(HeaderBlock header, byte[] original, String boundary) throws CMSException, IOException {
        if (boundary == null || boundary.isBlank()) {
            return problem(false, "the signed mail has no boundary");
        }
        List<RawMultipart.Part> parts = RawMultipart.split(original, header.bodyOffset(), boundary);
        if (parts.size() < 2) {
            return problem(false, "the signed mail is incomplete: its content or its signature part is missing");
        }
        RawMultipart.Part content = parts.get(0);
        RawMultipart.Part signature = parts.get(1);
        byte[] signatureBytes = Arrays.copyOfRange(original, signature.start(), signature.end());
        HeaderBlock signatureHeader = HeaderBlock.parse(signatureBytes);
        byte[] der = transferDecoded(signatureHeader, signatureBytes, signatureHeader.bodyOffset(), signatureBytes.length);
        byte[] canonical = RawMultipart.canonical(original, content.start(), content.end());
        List<SmimeInfo.Signer> signers = verify(new CMSSignedData(new CMSProcessableByteArray(canonical), der));
        byte[] raw = Arrays.copyOfRange(original, content.start(), content.end());
        if (!Arrays.equals(raw, canonical) && signers.stream().anyMatch(s -> s.status() == SmimeInfo.Status.CONTENT_ALTERED)) {
            // Some signers sign the bytes as stored rather than the CRLF form; accept what verifies.
            List<SmimeInfo.Signer> asStored = verify(new CMSSignedData(new CMSProcessableByteArray(raw), der));
            if (asStored.stream().noneMatch(s -> s.status() == SmimeInfo.Status.CONTENT_ALTERED)) {
                signers = asStored;
            }
        }
        return new Result(new SmimeInfo(SmimeInfo.Kind.SIGNED, false, signers, List.of(), ""), null);
    }

    private Result opaque(byte[] der) throws IOException, CMSException {
        ContentInfo info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
        ASN1ObjectIdentifier type = info.getContentType();
        if (type.equals(CMSObjectIdentifiers.signedData)) {
            CMSSignedData signed = new CMSSignedData(info);
            if (signed.getSignedContent() == null || !(signed.getSignedContent().getContent() instanceof byte[] content)) {
                return problem(true, "the signed data holds no content");
            }
            return new Result(new SmimeInfo(SmimeInfo.Kind.SIGNED, true, verify(signed), List.of(), ""), content);
        }
        if (type.equals(CMSObjectIdentifiers.envelopedData)) {
            List<String> recipients = new ArrayList<>();
            for (RecipientInformation r : new CMSEnvelopedData(info).getRecipientInfos().getRecipients()) {
                recipients.add(describe(r.getRID()));
            }
            return new Result(new SmimeInfo(SmimeInfo.Kind.ENCRYPTED, true, List.of(), recipients, ""), null);
        }
        if (type.equals(AUTH_ENVELOPED)) {
            return new Result(new SmimeInfo(SmimeInfo.Kind.ENCRYPTED, true, List.of(), List.of(),
                    "authenticated encryption (recipients not listed)"), null);
        }
        return problem(true, "an S/MIME type that is neither signed nor encrypted (" + type.getId() + ")");
    }

    private static Result problem(boolean opaque, String reason) {
        return new Result(new SmimeInfo(SmimeInfo.Kind.SIGNED, opaque, List.of(), List.of(), reason), null);
    }

    private List<SmimeInfo.Signer> verify(CMSSignedData signed) {
        Store<X509CertificateHolder> certificates = signed.getCertificates();
        List<SmimeInfo.Signer> result = new ArrayList<>();
        for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
            OffsetDateTime signedAt = signingTime(signer);
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = certificates.getMatches(signer.getSID());
            if (matches.isEmpty()) {
                SignerId id = signer.getSID();
                result.add(new SmimeInfo.Signer(SmimeInfo.Status.NO_CERTIFICATE, "",
                        id.getIssuer() == null ? "" : id.getIssuer().toString(),
                        id.getSerialNumber() == null ? "" : id.getSerialNumber().toString(16), null, null, signedAt,
                        false));
                continue;
            }
            X509CertificateHolder cert = matches.iterator().next();
            SmimeInfo.Status status = check(signer, cert);
            if (status == SmimeInfo.Status.VALID && signedAt != null && !cert.isValidOn(java.util.Date.from(signedAt.toInstant()))) {
                status = SmimeInfo.Status.CERTIFICATE_NOT_VALID_AT_SIGNING;
            }
            result.add(new SmimeInfo.Signer(status, cert.getSubject().toString(), cert.getIssuer().toString(),
                    cert.getSerialNumber().toString(16), utc(cert.getNotBefore()), utc(cert.getNotAfter()), signedAt,
                    cert.getSubject().equals(cert.getIssuer())));
        }
        return result;
    }

    /**
     * Checks digest and signature with the certificate's public key. Bouncy Castle's certificate
     * based check stops at an expired certificate before looking at the content; the content's
     * integrity is worth knowing either way, so the validity period is judged separately.
     */
    private SmimeInfo.Status check(SignerInformation signer, X509CertificateHolder cert) {
        try {
            PublicKey key = new JcaX509CertificateConverter().setProvider(provider()).getCertificate(cert).getPublicKey();
            boolean ok = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(provider()).build(key));
            return ok ? SmimeInfo.Status.VALID : SmimeInfo.Status.BAD_SIGNATURE;
        } catch (CMSSignerDigestMismatchException e) {
            return SmimeInfo.Status.CONTENT_ALTERED;
        } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
            return SmimeInfo.Status.BAD_SIGNATURE;
        }
    }

    private static OffsetDateTime signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return null;
        }
        try {
            return utc(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static OffsetDateTime utc(java.util.Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }

    private static String describe(RecipientId id) {
        if (id instanceof KeyTransRecipientId k) {
            return k.getIssuer() != null ? "issuer " + k.getIssuer() + ", serial " + k.getSerialNumber().toString(16)
                    : "key id " + hex(k.getSubjectKeyIdentifier());
        }
        if (id instanceof KeyAgreeRecipientId k) {
            return k.getIssuer() != null ? "issuer " + k.getIssuer() + ", serial " + k.getSerialNumber().toString(16)
                    : "key id " + hex(k.getSubjectKeyIdentifier());
        }
        return "a recipient of type " + id.getType();
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? "?" : java.util.HexFormat.of().formatHex(bytes);
    }

    /** The body bytes of a part, undoing its Content-Transfer-Encoding. */
    private static byte[] transferDecoded(HeaderBlock header, byte[] data, int start, int end) {
        String encoding = header.first("Content-Transfer-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
        byte[] body = Arrays.copyOfRange(data, Math.min(start, end), end);
        if (encoding.equals("base64")) {
            return Base64.getMimeDecoder().decode(stripInvalidBase64(body));
        }
        return body;
    }

    /** The MIME decoder skips line breaks but not stray characters after the padding; cut those. */
    private static byte[] stripInvalidBase64(byte[] body) {
        int n = 0;
        byte[] out = new byte[body.length];
        for (byte b : body) {
            if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+' || b == '/'
                    || b == '=') {
                out[n++] = b;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
