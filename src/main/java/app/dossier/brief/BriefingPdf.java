package app.dossier.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders the parts of a briefing on every core (OpenHTMLtoPDF draws one document on one thread
 * and keeps its whole layout in memory; parts cut both), joins them, stamps the page numbers,
 * finishes the links for PDF/UA and saves. See docs/decisions/0020.
 */
final class BriefingPdf {
    private final PdfWriter writer;
    private final PartJoiner joiner = new PartJoiner();
    private final PageNumbers numbers = new PageNumbers();
    private final PdfFinishing finishing = new PdfFinishing();
    private final int threads;

    BriefingPdf(PdfWriter writer, int threads) {
        this.writer = writer;
        this.threads = Math.max(1, threads);
    }

    PdfWriter.Written make(BriefingDocument.Result html, Texts t, BriefingProgress progress) {
        List<String> parts = html.parts();
        long total = Math.max(1, html.length());
        AtomicLong drawn = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, parts.size()), r -> {
            Thread thread = new Thread(r, "briefing-part");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<PdfWriter.Rendered>> rendering = new ArrayList<>();
        PartJoiner.Joining joining = null;
        int taken = 0; // parts handed to the join, which closes them
        try {
            BriefingProgress quiet = quiet(progress);
            // Each pool thread parses the fonts once for all the parts it draws (ParsedFonts).
            ThreadLocal<ParsedFonts> fonts = ThreadLocal.withInitial(writer::fonts);
            for (String part : parts) {
                boolean first = rendering.isEmpty();
                rendering.add(pool.submit(() -> {
                    PdfWriter.Rendered r = writer.render(part, "Dossier", quiet, fonts.get());
                    if (!first) {
                        // On this thread, which alone uses its parsed fonts: the merger copies the
                        // font dictionaries as they are, so the subsets must be made before it. The
                        // first part's are made when the joined document is saved, after all drawing.
                        r.subsetFonts();
                    }
                    synchronized (drawn) { // parts end on several threads; the bar only moves forward
                        progress.done(0.6 + 0.3 * drawn.addAndGet(part.length()) / total);
                    }
                    return r;
                }));
            }
            // Each part is appended as soon as it and those before it are drawn: the join of the
            // early parts runs while the pool still draws the later ones (docs/decisions/0032).
            for (int i = 0; i < rendering.size(); i++) {
                PdfWriter.Rendered r = rendering.get(i).get();
                // An appended part is closed but would stay reachable through its future until the
                // save is done: with every part's objects and parsed fonts kept, a 900-page briefing
                // filled a 1 GB heap and the collector took more CPU than the drawing.
                rendering.set(i, null);
                taken++;
                if (joining == null) {
                    joining = joiner.start(r);
                } else {
                    progress.check();
                    joining.append(r);
                }
            }
            progress.check();
            PDDocument joined = joining.finish(html.outline());
            joining = null; // from here the try-with-resources closes it
            try (joined) {
                numbers.stamp(joined, writer.fontBytes(PdfWriter.SANS_FILE), t);
                finishing.finish(joined, t);
                progress.check();
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                joined.save(out);
                return new PdfWriter.Written(out.toByteArray(), joined.getNumberOfPages());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("briefing cancelled");
        } catch (ExecutionException e) {
            throw app.dossier.cases.HelperFailure.of(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
            rendering.forEach(f -> {
                if (f != null) {
                    f.cancel(true);
                }
            });
            if (joining != null) {
                close(joining.document());
            }
            closeUntaken(rendering, taken);
        }
    }

    /** Parts report progress by whole parts (above); inside a part only the question whether to stop counts. */
    private static BriefingProgress quiet(BriefingProgress progress) {
        return new BriefingProgress() {
            @Override
            public void done(double fraction) {
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
    }

    /** After a failure or a stop: every part drawn but not handed to the join is closed, also those nobody waited for. */
    private static void closeUntaken(List<Future<PdfWriter.Rendered>> rendering, int taken) {
        for (Future<PdfWriter.Rendered> f : rendering.subList(taken, rendering.size())) {
            if (f.isDone() && !f.isCancelled()) {
                try {
                    f.get().close();
                } catch (InterruptedException | ExecutionException | IOException | CancellationException ignored) {
                    // a part that failed has nothing open
                }
            }
        }
    }

    private static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // closing after a failure: the failure is what counts
        }
    }
}
