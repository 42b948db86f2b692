package app.dossier.mailbox;

import app.dossier.cases.OpenCase;
import app.dossier.ingest.headers.HeaderAnalyzer;
import app.dossier.ingest.mime.MimeMessageParser;
import app.dossier.ingest.msg.OutlookItem;
import app.dossier.ingest.msg.OutlookParser;
import app.dossier.ingest.msg.TnefMessages;
import app.dossier.ingest.msg.TnefReader;
import app.dossier.ingest.mime.SmimeInspector;
import app.dossier.model.HeaderAnalysis;
import app.dossier.model.SmimeInfo;
import app.dossier.model.ImportFailure;
import app.dossier.model.MessageDetail;
import app.dossier.model.MessageSummary;
import app.dossier.model.OriginalInfo;
import app.dossier.store.MessageRepository;
import app.dossier.store.MessageSearch;
import app.dossier.store.OriginalRepository;
import app.dossier.store.SearchDocument;
import app.dossier.store.SearchHit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Reading a case's mail: the list, search, one message in full, its originals and attachments. */
public final class MessageService {
    private final MimeMessageParser mimeParser = new MimeMessageParser(new TnefReader());
    private final OutlookParser outlookParser;
    private final HeaderAnalyzer analyzer = new HeaderAnalyzer();
    private final SmimeInspector smimeInspector = new SmimeInspector();

    public MessageService(ZoneId zone) {
        this.outlookParser = new OutlookParser(zone);
    }

    public List<MessageSummary> list(OpenCase open) {
        return new MessageRepository(open.store()).summaries();
    }

    /** Ids of messages matching a full-text query, best match first. */
    public List<Long> search(OpenCase open, String query, int limit) {
        return new MessageSearch(open.store()).search(query, limit).stream()
                .filter(h -> h.kind() == SearchDocument.Kind.MESSAGE).map(SearchHit::id).toList();
    }

    public MessageDetail detail(OpenCase open, long id) {
        MessageRepository messages = new MessageRepository(open.store());
        MessageSummary summary = messages.summary(id).orElseThrow(() -> new NoSuchElementException("message " + id));
        MessageRepository.StoredMessage stored = messages.stored(id).orElseThrow();
        List<OriginalInfo> originals = messages.originals(id);
        String html = "";
        HeaderAnalysis analysis = null;
        SmimeInfo smime = null;
        if (!originals.isEmpty()) {
            OriginalInfo best = originals.get(0);
            byte[] bytes = new OriginalRepository(open.store()).bytes(best.id());
            if (best.format() == app.dossier.model.ItemFormat.OUTLOOK_MSG) {
                html = outlookHtml(bytes);
                smime = outlookParser.smime(bytes).orElse(null);
            } else if (best.format() == app.dossier.model.ItemFormat.TNEF) {
                html = ""; // a winmail.dat's body is read as text
            } else {
                html = mimeParser.parseForDisplay(bytes).data().html();
                analysis = analyzer.analyze(bytes);
                smime = smimeInspector.inspect(bytes).map(SmimeInspector.Result::info).orElse(null);
            }
        }
        return new MessageDetail(summary, stored.from(), stored.to(), stored.cc(), stored.bcc(), stored.replyTo(),
                stored.messageId(), stored.inReplyTo(), stored.text(), html, messages.attachments(id), originals,
                analysis, smime);
    }

    private String outlookHtml(byte[] bytes) {
        try {
            OutlookItem item = outlookParser.parse(bytes);
            return item instanceof OutlookItem.Mail mail ? mail.message().data().html() : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Writes an attachment's decoded bytes to {@code target}; it is never opened. */
    public void saveAttachment(OpenCase open, long messageId, int ordinal, Path target) throws IOException {
        List<OriginalInfo> originals = new MessageRepository(open.store()).originals(messageId);
        if (originals.isEmpty()) {
            throw new IOException("the message has no original");
        }
        OriginalInfo best = originals.get(0);
        byte[] bytes = new OriginalRepository(open.store()).bytes(best.id());
        Optional<byte[]> data = best.format() == app.dossier.model.ItemFormat.OUTLOOK_MSG ? Optional.empty()
                : best.format() == app.dossier.model.ItemFormat.TNEF
                ? TnefMessages.asMime(bytes).flatMap(m -> mimeParser.attachmentBytes(m, ordinal))
                : mimeParser.attachmentBytes(bytes, ordinal);
        if (data.isEmpty()) {
            throw new IOException("the attachment cannot be extracted from the original");
        }
        writeAtomically(target, out -> out.write(data.get()));
    }

    /** Writes an original byte for byte to {@code target}. */
    public void exportOriginal(OpenCase open, long originalId, Path target) throws IOException {
        OriginalRepository originals = new OriginalRepository(open.store());
        writeAtomically(target, out -> originals.copyTo(originalId, out));
    }

    /** The text an event comes from: the message's text or the note's; empty for events added by hand. */
    public String sourceText(OpenCase open, app.dossier.model.EventSource source, long sourceId) {
        MessageRepository messages = new MessageRepository(open.store());
        return switch (source) {
            case MESSAGE -> messages.stored(sourceId).map(MessageRepository.StoredMessage::text).orElse("");
            case NOTE -> messages.noteBody(sourceId).orElse("");
            case MANUAL -> "";
        };
    }

    public List<ImportFailure> failures(OpenCase open, int limit) {
        return new MessageRepository(open.store()).failures(limit);
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void writeAtomically(Path target, Writer writer) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".dossier", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
