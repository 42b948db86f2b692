package app.dossier.testing;

import app.dossier.ingest.source.ItemSink;
import app.dossier.ingest.source.RawItem;
import app.dossier.ingest.source.SourceReader;
import app.dossier.model.ImportFailure;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A real reader that breaks after {@code itemsBeforeFailure} items, as a reader does when its
 * file vanishes or the disk fails mid-way: the exception comes out of the middle of {@code read}.
 */
public final class FailingReader implements SourceReader {
    private final SourceReader delegate;
    private final int itemsBeforeFailure;

    public FailingReader(SourceReader delegate, int itemsBeforeFailure) {
        this.delegate = delegate;
        this.itemsBeforeFailure = itemsBeforeFailure;
    }

    @Override
    public String describe() {
        return delegate.describe();
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public void read(ItemSink sink) throws IOException, InterruptedException {
        delegate.read(new ItemSink() {
            private int items;

            @Override
            public void item(RawItem item) throws InterruptedException {
                if (items == itemsBeforeFailure) {
                    throw new UncheckedIOException(new IOException("Input/output error"));
                }
                items++;
                sink.item(item);
            }

            @Override
            public void failure(ImportFailure failure) throws InterruptedException {
                sink.failure(failure);
            }

            @Override
            public boolean cancelled() {
                return sink.cancelled();
            }
        });
    }
}
