package app.dossier.timeline;

import app.dossier.model.MessageAnalysis;
import app.dossier.store.AnalysisRepository;
import app.dossier.store.CaseStore;
import app.dossier.store.TimelineSource;
import app.dossier.store.TimelineSource.MessageRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first half of a timeline build: every message's stored analysis, the messages without one (new,
 * or read by an older classifier) read now and stored chunk by chunk.
 */
final class AnalysisReading {
    /** Messages read and stored per transaction: a cancelled or crashed build keeps what it did. */
    private static final int CHUNK = 2000;

    private final MessageReader reader;

    AnalysisReading(MessageReader reader) {
        this.reader = reader;
    }

    /**
     * Stored analyses, reading (in parallel, in chunks, each stored at once) the messages that have none
     * yet. While the cores read a chunk, one more thread stores the chunk before and fetches the texts of
     * the next, so the database never waits for the classifier nor the classifier for it.
     */
    Map<Long, MessageAnalysis> analyses(CaseStore store, TimelineSource source, List<MessageRow> messages,
                                        TimelineService.Progress progress) {
        AnalysisRepository repository = new AnalysisRepository(store);
        Map<Long, MessageAnalysis> analyses = new HashMap<>(repository.current(reader.version()));
        List<MessageRow> unread = messages.stream().filter(m -> !analyses.containsKey(m.id())).toList();
        if (unread.isEmpty()) {
            return analyses;
        }
        java.util.concurrent.ExecutorService database = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "timeline-store");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.concurrent.Future<?> saving = java.util.concurrent.CompletableFuture.completedFuture(null);
            java.util.concurrent.Future<Map<Long, String>> texts = database.submit(() -> source.texts(ids(unread, 0)));
            long done = 0;
            for (int from = 0; from < unread.size(); from += CHUNK) {
                if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
                    break; // cancelled: what was read is stored, the rest is read next time
                }
                List<MessageRow> chunk = unread.subList(from, Math.min(unread.size(), from + CHUNK));
                Map<Long, String> chunkTexts = await(texts);
                int next = from + CHUNK;
                texts = next < unread.size() ? database.submit(() -> source.texts(ids(unread, next)))
                        : java.util.concurrent.CompletableFuture.completedFuture(Map.of());
                // Quick reads of the open case (opening a message) go first: the build holds before each
                // message and before the database work while they wait (decision 0019).
                List<MessageAnalysis> read = chunk.parallelStream().map(m -> {
                    progress.pause();
                    return reader.read(m.id(), m.subject(), chunkTexts.getOrDefault(m.id(), ""), m.bulk());
                }).toList();
                await(saving); // one chunk stored at a time, in order
                progress.pause();
                saving = database.submit(() -> repository.saveAll(read));
                read.forEach(a -> analyses.put(a.messageId(), a));
                done += chunk.size();
                progress.messagesRead(done, unread.size());
            }
            await(saving);
        } finally {
            database.shutdownNow();
        }
        return analyses;
    }

    /** The ids of the chunk of unread messages that starts at {@code from}. */
    private static List<Long> ids(List<MessageRow> unread, int from) {
        return unread.subList(from, Math.min(unread.size(), from + CHUNK)).stream().map(MessageRow::id).toList();
    }

    /** The result of the store thread's work; its failure is the build's, as if the build had done the work itself. */
    private static <T> T await(java.util.concurrent.Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("timeline build interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
