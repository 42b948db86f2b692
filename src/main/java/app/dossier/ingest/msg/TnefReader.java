package app.dossier.ingest.msg;

import app.dossier.ingest.mime.MimeMessageParser;
import app.dossier.model.Attachment;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hmef.HMEFMessage;

/** Opens TNEF (winmail.dat) parts with POI HMEF and lists the files inside. */
public final class TnefReader implements MimeMessageParser.EmbeddedPartReader {
    @Override
    public List<Attachment> tnefContents(byte[] tnef, int firstOrdinal) {
        List<Attachment> result = new ArrayList<>();
        try {
            HMEFMessage message = new HMEFMessage(new ByteArrayInputStream(tnef));
            int ordinal = firstOrdinal;
            for (org.apache.poi.hmef.Attachment a : message.getAttachments()) {
                byte[] contents = a.getContents();
                String name = a.getLongFilename() != null ? a.getLongFilename() : a.getFilename();
                result.add(new Attachment(ordinal++, "winmail.dat/" + (name == null ? "file" : name),
                        "application/octet-stream", contents == null ? 0 : contents.length,
                        contents == null ? "" : app.dossier.ingest.mime.Sha256.hex(contents)));
            }
        } catch (Exception | StackOverflowError e) {
            // A damaged TNEF part stays listed as winmail.dat itself; its contents are just not expanded.
            return List.of();
        }
        return result;
    }
}
