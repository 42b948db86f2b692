package app.dossier.store;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The search index's side of an import: each committed batch's documents are added on one thread
 * beside the database writes (so they stay in id order), with a bounded backlog, and committed when
 * the import ends.
 */
final class BackgroundIndexing {
    /**
     * Batches written but not yet indexed. The import's batches are about 100 mails since they were
     * cut to 1.5 MB (so each commit fits H2's kept write buffer); 16 of them hold about as many
     * documents as the 4 batches of 400 did before, so the writer waits on the index no more often.
     */
    private static final int BACKLOG = 16;

    /** The index is asked of the store at each use, as the case may have been closed meanwhile. */
    private final CaseStore store;
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dossier-index");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore backlog = new Semaphore(BACKLOG);

    BackgroundIndexing(CaseStore store) {
        this.store = store;
    }

    /** Queues a committed batch's documents; waits while {@link #BACKLOG} batches are queued. */
    void add(List<SearchDocument> documents) {
        SearchIndex index = store.searchIndex();
        backlog.acquireUninterruptibly();
        indexer.execute(() -> {
            try {
                index.add(documents);
            } finally {
                backlog.release();
            }
        });
    }

    /** Waits for the queued batches and commits the index. */
    void finish() throws InterruptedException {
        indexer.shutdown();
        indexer.awaitTermination(10, TimeUnit.MINUTES);
        store.searchIndex().commit();
    }
}
