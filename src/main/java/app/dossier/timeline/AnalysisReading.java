package app.dossier.timeline;

import app.dossier.model.MessageAnalysis;
import app.dossier.store.AnalysisRepository;
import app.dossier.store.CaseStore;
import app.dossier.store.TimelineSource;
import app.dossier.store.TimelineSource.MessageRow;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The first half of a timeline build: every message's stored analysis, the messages without one (new,
 * or read by an older classifier) read now and stored chunk by chunk.
 */
final class AnalysisReading {
    /**
     * Messages read and stored per transaction: a cancelled or crashed build keeps what it did. Small,
     * so that a chunk's texts die young and its commit fits the write buffer H2 keeps between commits:
     * with 2,000 a commit grew a fresh buffer through arrays of megabytes, each a "humongous" object
     * that may start a G1 marking cycle (the 100,000-message build ran 72 cycles and two full
     * collections in a 1 GB heap).
     */
    private static final int CHUNK = 250;

    private final MessageReader reader;

    AnalysisReading(MessageReader reader) {
        this.reader = reader;
    }

    /**
     * Stored analyses, reading (in parallel, in chunks, each stored at once) the messages that have none
     * yet. One reading thread per core takes message after message; the next chunk's messages are queued
     * before the last of a chunk are read, so no core waits at the end of a chunk for the other. One more
     * thread stores each chunk when its last message is read and fetches the texts of the next, so the
     * database never waits for the classifier nor the classifier for it.
     */
    Map<Long, MessageAnalysis> analyses(CaseStore store, TimelineSource source, List<MessageRow> messages,
                                        TimelineService.Progress progress) {
        AnalysisRepository repository = new AnalysisRepository(store);
        Map<Long, MessageAnalysis> analyses = new HashMap<>(repository.current(reader.version()));
        List<MessageRow> unread = messages.stream().filter(m -> !analyses.containsKey(m.id())).toList();
        if (unread.isEmpty()) {
            return analyses;
        }
        ExecutorService database = Executors.newSingleThreadExecutor(r -> daemon(r, "timeline-store"));
        AtomicInteger numbers = new AtomicInteger();
        ExecutorService readers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                r -> daemon(r, "timeline-read-" + numbers.incrementAndGet()));
        try {
            Future<?> saving = CompletableFuture.completedFuture(null);
            Future<Map<Long, String>> texts = database.submit(() -> source.texts(ids(unread, 0)));
            Chunk reading = null; // queued to the readers, not yet stored
            long done = 0;
            for (int from = 0; from < unread.size(); from += CHUNK) {
                if (progress.cancelled() || Thread.currentThread().isInterrupted()) {
                    break; // cancelled: what was read is stored, the rest is read next time
                }
                Map<Long, String> chunkTexts = await(texts);
                int next = from + CHUNK;
                texts = next < unread.size() ? database.submit(() -> source.texts(ids(unread, next)))
                        : CompletableFuture.completedFuture(Map.of());
                Chunk queued = new Chunk(unread.subList(from, Math.min(unread.size(), next)), chunkTexts, progress);
                queued.queueTo(readers);
                if (reading != null) {
                    saving = store(reading, saving, database, repository, analyses, progress);
                    done += reading.size();
                    progress.messagesRead(done, unread.size());
                }
                reading = queued;
            }
            if (reading != null) {
                saving = store(reading, saving, database, repository, analyses, progress);
                done += reading.size();
                progress.messagesRead(done, unread.size());
            }
            await(saving);
        } finally {
            readers.shutdownNow();
            database.shutdownNow();
        }
        return analyses;
    }

    /**
     * Waits until the chunk is read, then hands it to the store thread once the chunk before is stored
     * (one chunk stored at a time, in order). Quick reads of the open case go first: the build holds
     * before the database work while they wait (decision 0019).
     */
    private static Future<?> store(Chunk chunk, Future<?> saving, ExecutorService database,
                                   AnalysisRepository repository, Map<Long, MessageAnalysis> analyses,
                                   TimelineService.Progress progress) {
        List<MessageAnalysis> read = await(chunk.read());
        await(saving);
        progress.pause();
        Future<?> next = database.submit(() -> repository.saveAll(read));
        read.forEach(a -> analyses.put(a.messageId(), a));
        return next;
    }

    /** The messages of one chunk, read one by one by whichever reading thread is free. */
    private final class Chunk {
        private final List<MessageRow> messages;
        /**
         * The messages' texts in message order, each let go once read: a chunk's texts are the bulk of
         * what a build holds, and texts kept until the chunk ends outlived young collections and filled
         * the old generation (JFR: byte[] nine tenths of what was promoted in the 100,000-message build).
         */
        private final String[] texts;
        private final TimelineService.Progress progress;
        private final MessageAnalysis[] results;
        private final AtomicInteger left;
        private final CompletableFuture<List<MessageAnalysis>> read = new CompletableFuture<>();

        Chunk(List<MessageRow> messages, Map<Long, String> texts, TimelineService.Progress progress) {
            this.messages = messages;
            this.texts = new String[messages.size()];
            for (int i = 0; i < this.texts.length; i++) {
                this.texts[i] = texts.getOrDefault(messages.get(i).id(), "");
            }
            this.progress = progress;
            this.results = new MessageAnalysis[messages.size()];
            this.left = new AtomicInteger(messages.size());
        }

        int size() {
            return messages.size();
        }

        void queueTo(ExecutorService readers) {
            for (int i = 0; i < messages.size(); i++) {
                int index = i;
                readers.execute(() -> readOne(index));
            }
        }

        private void readOne(int index) {
            if (read.isDone()) {
                return; // an earlier message of the chunk failed: the build fails with it
            }
            try {
                // Quick reads of the open case (opening a message) go first (decision 0019).
                progress.pause();
                MessageRow m = messages.get(index);
                String text = texts[index];
                texts[index] = null; // each index is read by one thread, once
                results[index] = reader.read(m.id(), m.subject(), text, m.bulk());
            } catch (RuntimeException | Error e) {
                read.completeExceptionally(e);
                return;
            }
            // The counter's update orders every thread's writes of results before the last one's read.
            if (left.decrementAndGet() == 0) {
                read.complete(Arrays.asList(results));
            }
        }

        /** The chunk's analyses in message order, once all are read. */
        Future<List<MessageAnalysis>> read() {
            return read;
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The ids of the chunk of unread messages that starts at {@code from}. */
    private static List<Long> ids(List<MessageRow> unread, int from) {
        return unread.subList(from, Math.min(unread.size(), from + CHUNK)).stream().map(MessageRow::id).toList();
    }

    /** The result of another thread's work; its failure is the build's, as if the build had done the work itself. */
    private static <T> T await(Future<T> work) {
        try {
            return work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("timeline build interrupted");
        } catch (ExecutionException e) {
            throw app.dossier.cases.HelperFailure.of(e);
        }
    }
}
