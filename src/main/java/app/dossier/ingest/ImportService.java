package app.dossier.ingest;

import app.dossier.ingest.mime.MimeMessageParser;
import app.dossier.ingest.msg.OutlookParser;
import app.dossier.ingest.msg.TnefReader;
import app.dossier.ingest.notes.NoteFormat;
import app.dossier.ingest.source.ItemSink;
import app.dossier.ingest.source.RawItem;
import app.dossier.ingest.source.SourceReader;
import app.dossier.model.FailureCode;
import app.dossier.model.ImportFailure;
import app.dossier.model.ImportProgress;
import app.dossier.model.ImportSummary;
import app.dossier.model.SourceKind;
import app.dossier.model.SourceRef;
import app.dossier.store.CaseStore;
import app.dossier.store.ImportItem;
import app.dossier.store.ImportWriter;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Imports sources into a case as a pipeline: one thread reads and splits the sources, a pool
 * parses items in parallel, and the calling thread writes them in order, in batches of one
 * transaction each. Memory is bounded by the bytes in flight, not by the size of the source.
 */
public final class ImportService {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ImportService.class.getName());
    /** Bytes of raw items allowed between reading and writing. */
    private static final int BYTES_IN_FLIGHT = 16 * 1024 * 1024;
    private static final int ITEMS_IN_FLIGHT = 256;
    private static final int BATCH_ITEMS = 400;
    /**
     * Originals' bytes per batch. A batch is one commit, and H2 writes a commit's pages (the
     * originals, their body texts, the rows and index pages) through one write buffer that it only
     * keeps for the next commit while it stays within 4 MB; a larger commit grows a fresh buffer
     * through 1, 2, 3, 4.5, 6.75 and 10 MB arrays. Arrays that large are "humongous" for the JVM's
     * G1 collector with -Xmx512m, and each one can start a concurrent marking cycle: with 8 MB
     * batches a 100,000-message import ran 88 such cycles and spent about 21 CPU seconds in the
     * collector. 1.5 MB of originals keeps nearly every commit within the kept buffer.
     */
    private static final long BATCH_BYTES = 1536L * 1024;
    /** An item whose parsing takes longer than this is reported and skipped, so nothing hangs. */
    private static final long PARSE_TIMEOUT_SECONDS = 60;

    private final Clock clock;
    private final ItemParser parser;
    private final int parserThreads;

    public ImportService(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.parser = new ItemParser(new MimeMessageParser(new TnefReader()), new OutlookParser(zone), new NoteFormat(zone));
        this.parserThreads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    private record Pending(Future<ItemParser.Result> result, RawItem raw, long sourceBytes, int permits) {
    }

    private static final Pending END = new Pending(null, null, 0, 0);

    /** Imports into an open case (the form the window uses). */
    public ImportSummary importInto(app.dossier.cases.OpenCase open, List<SourceReader> sources,
                                    ImportListener listener, AtomicBoolean cancel) {
        return importSources(open.store(), sources, listener, cancel);
    }

    public ImportSummary importSources(CaseStore store, List<SourceReader> sources, ImportListener listener,
                                       AtomicBoolean cancel) {
        long totalBytes = 0;
        for (SourceReader s : sources) {
            long size = s.size();
            totalBytes = size < 0 || totalBytes < 0 ? -1 : totalBytes + size;
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parserThreads, r -> {
            Thread t = new Thread(r, "dossier-parse-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Pending> pending = new ArrayBlockingQueue<>(ITEMS_IN_FLIGHT);
        Semaphore memory = new Semaphore(BYTES_IN_FLIGHT);
        AtomicBoolean stop = new AtomicBoolean();
        try (ImportWriter writer = new ImportWriter(store, clock)) {
            Thread reader = new Thread(() -> readAll(sources, pending, memory, pool, writer,
                    () -> cancel.get() || stop.get()), "dossier-read");
            reader.setDaemon(true);
            reader.start();
            try {
                return writeAll(store, writer, pending, memory, listener, cancel, totalBytes);
            } finally {
                stop.set(true);
                drain(pending, memory, reader);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void readAll(List<SourceReader> sources, BlockingQueue<Pending> pending, Semaphore memory,
                         ExecutorService pool, ImportWriter writer, java.util.function.BooleanSupplier cancel) {
        ItemSink sink = new ItemSink() {
            @Override
            public void item(RawItem raw) throws InterruptedException {
                int permits = (int) Math.min(BYTES_IN_FLIGHT, Math.max(1, raw.bytes().length));
                memory.acquire(permits);
                Future<ItemParser.Result> future = pool.submit(() -> parser.parse(raw, writer::isKnown));
                pending.put(new Pending(future, raw, raw.sourceBytes(), permits));
            }

            @Override
            public void failure(ImportFailure f) throws InterruptedException {
                pending.put(new Pending(CompletableFuture.completedFuture(new ItemParser.Result(List.of(), f)), null,
                        0, 0));
            }

            @Override
            public void skipped(ImportFailure notice) throws InterruptedException {
                pending.put(new Pending(CompletableFuture.completedFuture(new ItemParser.Result(List.of(), null, notice)),
                        null, 0, 0));
            }

            @Override
            public boolean cancelled() {
                return cancel.getAsBoolean();
            }
        };
        try {
            for (SourceReader source : sources) {
                if (cancel.getAsBoolean()) {
                    break;
                }
                try {
                    source.read(sink);
                } catch (IOException | RuntimeException e) {
                    // A reader that gives up part-way must not look like a source read to its end:
                    // the failure names the source, counts as failed, and the next source is read.
                    LOG.log(java.util.logging.Level.WARNING, "reading " + source.describe() + " stopped", e);
                    IOException io = e instanceof IOException direct ? direct
                            : e instanceof java.io.UncheckedIOException wrapped ? wrapped.getCause() : null;
                    SourceRef where = SourceRef.file(SourceKind.EML_FILE, source.describe());
                    sink.failure(io != null
                            ? new ImportFailure(where, FailureCode.SOURCE_INCOMPLETE, source.describe(),
                                    app.dossier.ingest.source.Reasons.of(io))
                            : new ImportFailure(where, FailureCode.READER_FAILED, source.describe()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                pending.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private ImportSummary writeAll(CaseStore store, ImportWriter writer, BlockingQueue<Pending> pending,
                                   Semaphore memory, ImportListener listener, AtomicBoolean cancel, long totalBytes) {
        long started = System.nanoTime();
        long imported = 0;
        long duplicates = 0;
        long bytesRead = 0;
        long items = 0;
        long lastReport = 0;
        List<ImportFailure> allFailures = new ArrayList<>();
        List<ImportFailure> skipped = new ArrayList<>();
        List<ImportItem> batch = new ArrayList<>();
        List<ImportFailure> batchFailures = new ArrayList<>();
        long batchBytes = 0;
        boolean done = false;
        while (!done) {
            Pending next;
            try {
                next = cancel.get() ? pending.poll() : pending.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel.set(true);
                next = null;
            }
            if (next == null && cancel.get()) {
                done = true;
            } else if (next == END) {
                done = true;
            } else if (next != null) {
                ItemParser.Result result = await(next);
                memory.release(next.permits());
                bytesRead += next.sourceBytes();
                items++;
                batch.addAll(result.items());
                for (ImportItem i : result.items()) {
                    batchBytes += i.bytes().length;
                }
                if (result.skipped() != null) {
                    skipped.add(result.skipped());
                    listener.skipped(result.skipped());
                }
                if (result.failure() != null) {
                    batchFailures.add(result.failure());
                    listener.failed(result.failure());
                }
            }
            boolean flush = batch.size() >= BATCH_ITEMS || batchBytes >= BATCH_BYTES || batchFailures.size() >= BATCH_ITEMS
                    || (done && (!batch.isEmpty() || !batchFailures.isEmpty()));
            if (flush) {
                List<ImportWriter.Written> written = writer.write(batch, batchFailures);
                for (ImportWriter.Written w : written) {
                    if (w.outcome() == ImportWriter.Outcome.IMPORTED) {
                        imported++;
                    } else {
                        duplicates++;
                    }
                }
                allFailures.addAll(batchFailures);
                batch = new ArrayList<>();
                batchFailures = new ArrayList<>();
                batchBytes = 0;
            }
            long now = System.nanoTime();
            if (flush || now - lastReport > 250_000_000L) {
                lastReport = now;
                double seconds = Math.max(1e-9, (now - started) / 1e9);
                listener.progress(new ImportProgress(items, bytesRead, totalBytes, items / seconds));
            }
        }
        return new ImportSummary(imported, duplicates, allFailures.size(), bytesRead, allFailures, cancel.get(), skipped);
    }

    private static ItemParser.Result await(Pending next) {
        try {
            return next.result().get(PARSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            next.result().cancel(true);
            return new ItemParser.Result(List.of(), new ImportFailure(next.raw().source(),
                    FailureCode.PARSE_TIMEOUT, PARSE_TIMEOUT_SECONDS));
        } catch (ExecutionException e) {
            LOG.log(java.util.logging.Level.INFO, "could not parse " + next.raw().source().describe(), e.getCause());
            return new ItemParser.Result(List.of(), new ImportFailure(next.raw().source(),
                    FailureCode.UNREADABLE_ITEM, e.getCause().getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ItemParser.Result(List.of(), null);
        }
    }

    /** Unblocks and ends the reader after the writer stopped early (cancel or failure). */
    private static void drain(BlockingQueue<Pending> pending, Semaphore memory, Thread reader) {
        while (reader.isAlive()) {
            Pending p = pending.poll();
            if (p != null && p != END) {
                memory.release(p.permits());
                if (p.result() != null) {
                    p.result().cancel(true);
                }
            }
            if (p == null) {
                try {
                    reader.join(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
