package app.dossier.brief;

import app.dossier.model.Address;
import app.dossier.model.Attachment;
import app.dossier.model.ExhibitRef;
import app.dossier.model.HeaderAnalysis;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A message or note as the briefing prints it. For a note, {@code subject} is its title,
 * {@code participants} who took part, and {@code from}/{@code to} are empty. {@code analysis} is
 * null when the original has no MIME headers to read (an Outlook file, a note).
 */
public record Exhibit(ExhibitRef ref, String subject, Address from, List<Address> to, List<Address> cc,
                      OffsetDateTime date, String messageId, String text, List<Attachment> attachments,
                      List<Original> originals, HeaderAnalysis analysis, String participants) {
    public Exhibit {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        attachments = List.copyOf(attachments);
        originals = List.copyOf(originals);
        subject = subject == null ? "" : subject;
        messageId = messageId == null ? "" : messageId;
        text = text == null ? "" : text;
        participants = participants == null ? "" : participants;
    }

    public boolean isNote() {
        return ref.kind() == ExhibitRef.SourceKind.NOTE;
    }

    /** The anchor of this exhibit in the document. */
    public String anchor() {
        return "ex-" + ref.number();
    }

    /** One original behind the exhibit: its hash, size and where it was read from. */
    public record Original(String sha256, long size, app.dossier.model.ItemFormat format, String source) {
    }
}
