package app.dossier.testing;

import app.dossier.ingest.source.ItemSink;
import app.dossier.ingest.source.RawItem;
import app.dossier.model.ImportFailure;
import java.util.ArrayList;
import java.util.List;

/** Collects what a source reader finds; a failure fails the test. */
public final class CollectingSink implements ItemSink {
    private final List<RawItem> items = new ArrayList<>();

    public List<RawItem> items() {
        return items;
    }

    @Override
    public void item(RawItem item) {
        items.add(item);
    }

    @Override
    public void failure(ImportFailure failure) {
        throw new AssertionError(failure.toString());
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
