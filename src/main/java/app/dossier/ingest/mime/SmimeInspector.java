package app.dossier.ingest.mime;

import app.dossier.model.SmimeInfo;
import java.util.Optional;

/**
 * Reads a mail's S/MIME layer offline: unwraps opaque-signed mail
 * ({@code application/pkcs7-mime; smime-type=signed-data}) so its content can be shown, checks
 * every signature (opaque and {@code multipart/signed}) against the certificate the mail carries,
 * and lists the recipients of encrypted mail. Never throws for bad input. Bouncy Castle does the
 * reading ({@link SmimeReader}) and is only loaded for a mail that announces S/MIME: its signed
 * jars cost a cold command line a noticeable part of a second to verify.
 */
public final class SmimeInspector {
    private SmimeReader reader;

    /** What was found, and for opaque-signed mail the signed MIME entity to read instead of the wrapper. */
    public record Result(SmimeInfo info, byte[] content) {
    }

    /** Whether the top-level header announces S/MIME; a cheap check for every mail imported. */
    public static boolean announces(HeaderBlock header) {
        String type = HeaderParameters.mainValue(header.first("Content-Type").orElse(""));
        return type.equals("multipart/signed") || type.endsWith("pkcs7-mime");
    }

    public Optional<Result> inspect(byte[] original) {
        return inspect(HeaderBlock.parse(original), original);
    }

    public Optional<Result> inspect(HeaderBlock header, byte[] original) {
        if (!announces(header)) {
            return Optional.empty();
        }
        return reader().inspect(header, original);
    }

    private synchronized SmimeReader reader() {
        if (reader == null) {
            reader = new SmimeReader();
        }
        return reader;
    }
}
