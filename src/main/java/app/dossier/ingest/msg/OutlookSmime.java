package app.dossier.ingest.msg;

import app.dossier.ingest.mime.SmimeInspector;
import app.dossier.model.SmimeInfo;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;

/**
 * S/MIME kept by Outlook: an IPM.Note.SMIME item carries the signed or encrypted mail as its one
 * attachment (smime.p7m): a MIME multipart/signed entity, or the bare CMS structure. Read here so
 * that a signed .msg is checked like a signed .eml.
 */
final class OutlookSmime {
    private final SmimeInspector inspector;

    OutlookSmime(SmimeInspector inspector) {
        this.inspector = inspector;
    }

    Optional<SmimeInfo> inspect(MAPIMessage msg, String messageClass) {
        if (!messageClass.toLowerCase(Locale.ROOT).contains("smime")) {
            return Optional.empty();
        }
        AttachmentChunks[] files = msg.getAttachmentFiles();
        if (files == null) {
            return Optional.empty();
        }
        for (AttachmentChunks a : files) {
            String name = a.getAttachLongFileName() != null ? a.getAttachLongFileName().getValue()
                    : a.getAttachFileName() != null ? a.getAttachFileName().getValue() : "";
            String mime = a.getAttachMimeTag() != null ? a.getAttachMimeTag().getValue() : "";
            boolean smime = name.toLowerCase(Locale.ROOT).endsWith(".p7m") || mime.toLowerCase(Locale.ROOT).contains("pkcs7")
                    || mime.toLowerCase(Locale.ROOT).contains("multipart/signed");
            if (!smime || a.getAttachData() == null) {
                continue;
            }
            byte[] data = a.getAttachData().getValue();
            return inspector.inspect(entity(data)).map(SmimeInspector.Result::info);
        }
        return Optional.empty();
    }

    /** A bare CMS structure (DER starts with a SEQUENCE) wrapped as a pkcs7-mime entity; a MIME entity as it is. */
    private static byte[] entity(byte[] data) {
        if (data.length > 0 && (data[0] & 0xff) == 0x30) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 100);
            out.writeBytes(("Content-Type: application/pkcs7-mime\r\nContent-Transfer-Encoding: binary\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(data);
            return out.toByteArray();
        }
        return data;
    }
}
