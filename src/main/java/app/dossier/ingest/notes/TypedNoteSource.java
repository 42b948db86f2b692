package app.dossier.ingest.notes;

import app.dossier.model.ItemFormat;
import app.dossier.ingest.source.ItemSink;
import app.dossier.ingest.source.RawItem;
import app.dossier.ingest.source.SourceReader;
import app.dossier.model.NoteData;
import app.dossier.model.SourceKind;
import app.dossier.model.SourceRef;
import java.time.Instant;

/**
 * A note the user typed in the app. It is written in the note file format and stored and hashed
 * like any imported original, so it is evidence of the same standing (with the time it was written).
 */
public final class TypedNoteSource implements SourceReader {
    private final NoteData note;
    private final Instant writtenAt;

    public TypedNoteSource(NoteData note, Instant writtenAt) {
        this.note = note;
        this.writtenAt = writtenAt;
    }

    @Override
    public String describe() {
        return "typed note";
    }

    @Override
    public long size() {
        return -1;
    }

    @Override
    public void read(ItemSink sink) throws InterruptedException {
        byte[] bytes = NoteFormat.write(note);
        sink.item(new RawItem(bytes, new SourceRef(SourceKind.TYPED_NOTE, "typed in Dossier", -1, -1,
                "written " + writtenAt), ItemFormat.NOTE));
    }
}
