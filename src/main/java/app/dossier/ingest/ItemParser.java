package app.dossier.ingest;

import app.dossier.ingest.mime.MimeMessageParser;
import app.dossier.ingest.mime.ParsedMessage;
import app.dossier.ingest.msg.OutlookItem;
import app.dossier.ingest.msg.OutlookParser;
import app.dossier.ingest.notes.NoteFormat;
import app.dossier.model.ItemFormat;
import app.dossier.ingest.source.RawItem;
import app.dossier.model.ImportFailure;
import app.dossier.model.NoteData;
import app.dossier.model.SourceKind;
import app.dossier.model.SourceRef;
import app.dossier.store.ImportItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Turns one raw item into what the store keeps: the original plus its parsed content, and any items inside it. */
final class ItemParser {
    /** The items to store (the item itself first) or the reason it could not be read. */
    record Result(List<ImportItem> items, ImportFailure failure, ImportFailure skipped) {
        Result(List<ImportItem> items, ImportFailure failure) {
            this(items, failure, null);
        }
    }

    private static final int MAX_DEPTH = 4;

    private final MimeMessageParser mimeParser;
    private final OutlookParser outlookParser;
    private final NoteFormat noteFormat;
    private final app.dossier.ingest.msg.TnefMessages tnef;

    ItemParser(MimeMessageParser mimeParser, OutlookParser outlookParser, NoteFormat noteFormat) {
        this.mimeParser = mimeParser;
        this.tnef = new app.dossier.ingest.msg.TnefMessages(mimeParser);
        this.outlookParser = outlookParser;
        this.noteFormat = noteFormat;
    }

    Result parse(RawItem raw, Predicate<String> alreadyKnown) {
        List<ImportItem> out = new ArrayList<>();
        try {
            Optional<ImportFailure> failure = parseInto(raw, null, alreadyKnown, out, 0);
            return new Result(out, failure.orElse(null));
        } catch (RuntimeException | StackOverflowError e) {
            // Parsers are hardened, but one hostile item must never stop an import. The user is told
            // it could not be read; what exactly broke is for the log.
            java.util.logging.Logger.getLogger(ItemParser.class.getName()).log(java.util.logging.Level.INFO,
                    "could not parse " + raw.source().describe(), e);
            return new Result(List.of(), new ImportFailure(raw.source(),
                    app.dossier.model.FailureCode.UNREADABLE_ITEM, e.getClass().getSimpleName()));
        }
    }

    private Optional<ImportFailure> parseInto(RawItem raw, String parentSha, Predicate<String> alreadyKnown,
                                              List<ImportItem> out, int depth) {
        String sha = sha256(raw.bytes());
        ItemFormat format = raw.format();
        if (alreadyKnown.test(sha)) {
            out.add(new ImportItem(raw.bytes(), sha, format, raw.source(), new ImportItem.AlreadyKnown(), parentSha));
            return Optional.empty();
        }
        switch (raw.format()) {
            case RFC822 -> {
                ParsedMessage parsed = mimeParser.parse(raw.bytes());
                out.add(new ImportItem(raw.bytes(), sha, format, raw.source(), new ImportItem.Mail(parsed.data()),
                        parentSha));
                addEmbedded(parsed, sha, raw.source(), alreadyKnown, out, depth);
            }
            case PST_ITEM -> {
                ParsedMessage parsed = mimeParser.parseConverted(raw.bytes());
                out.add(new ImportItem(raw.bytes(), sha, format, raw.source(), new ImportItem.Mail(parsed.data()),
                        parentSha));
                addEmbedded(parsed, sha, raw.source(), alreadyKnown, out, depth);
            }
            case CONTAINER -> out.add(new ImportItem(raw.bytes(), sha, format, raw.source(), new ImportItem.Evidence(),
                    parentSha));
            case TNEF -> {
                Optional<ParsedMessage> parsed = tnef.parse(raw.bytes());
                if (parsed.isEmpty()) {
                    return Optional.of(new ImportFailure(raw.source(), "not a readable winmail.dat (TNEF) file"));
                }
                out.add(new ImportItem(raw.bytes(), sha, format, raw.source(), new ImportItem.Mail(parsed.get().data()),
                        parentSha));
            }
            case OUTLOOK_MSG -> {
                OutlookItem item;
                try {
                    item = outlookParser.parse(raw.bytes());
                } catch (IOException e) {
                    return Optional.of(new ImportFailure(raw.source(), String.valueOf(e.getMessage())) /* the Outlook reader's sentence, read back into its code */);
                }
                if (item instanceof OutlookItem.Mail mail) {
                    out.add(new ImportItem(raw.bytes(), sha, format, raw.source(),
                            new ImportItem.Mail(mail.message().data()), parentSha));
                    addEmbedded(mail.message(), sha, raw.source(), alreadyKnown, out, depth);
                } else if (item instanceof OutlookItem.NonMail nonMail) {
                    out.add(new ImportItem(raw.bytes(), sha, format, raw.source(), new ImportItem.Note(nonMail.note()),
                            parentSha));
                }
            }
            case NOTE -> {
                String name = raw.source().location();
                String fallbackTitle = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
                Optional<NoteData> note = noteFormat.parse(raw.bytes(), fallbackTitle);
                if (note.isEmpty()) {
                    return Optional.of(new ImportFailure(raw.source(),
                            app.dossier.model.FailureCode.NOTE_WITHOUT_DATE));
                }
                out.add(new ImportItem(raw.bytes(), sha, format, raw.source(), new ImportItem.Note(note.get()), parentSha));
            }
        }
        return Optional.empty();
    }

    private void addEmbedded(ParsedMessage parsed, String parentSha, SourceRef parentSource,
                             Predicate<String> alreadyKnown, List<ImportItem> out, int depth) {
        if (depth >= MAX_DEPTH) {
            return;
        }
        int index = 0;
        for (ParsedMessage.EmbeddedItem embedded : parsed.embedded()) {
            index++;
            SourceRef source = new SourceRef(SourceKind.MSG_EMBEDDED, parentSource.location(), parentSource.offset(),
                    parentSource.uid(), "attachment " + index + " \"" + embedded.name() + "\" of " + parentSha);
            ItemFormat format = embedded.outlook() ? ItemFormat.OUTLOOK_MSG
                    : parentSource.kind() == SourceKind.PST ? ItemFormat.PST_ITEM : ItemFormat.RFC822;
            SourceKind kind = parentSource.kind() == SourceKind.PST ? SourceKind.PST : SourceKind.MSG_EMBEDDED;
            SourceRef where = new SourceRef(kind, source.location(), source.offset(), source.uid(),
                    kind == SourceKind.PST ? parentSource.detail() + "; attachment " + index + " \"" + embedded.name()
                            + "\"" : source.detail());
            RawItem raw = new RawItem(embedded.bytes(), where, format, 0);
            // An unreadable attached item adds nothing; it stays listed as an attachment of its parent.
            parseInto(raw, parentSha, alreadyKnown, out, depth + 1);
        }
    }

    static String sha256(byte[] bytes) {
        return app.dossier.ingest.mime.Sha256.hex(bytes);
    }
}
