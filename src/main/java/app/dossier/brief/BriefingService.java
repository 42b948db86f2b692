package app.dossier.brief;

import app.dossier.cases.OpenCase;
import app.dossier.mailbox.MessageService;
import app.dossier.timeline.TimelineService;
import java.time.Clock;

/**
 * Makes the briefing of a case: reads what it prints, lays it out as XHTML in parts (redacted terms
 * removed before layout), renders the parts as tagged PDF/A-2u + PDF/UA-1 on every core, and joins
 * and finishes them with PDFBox.
 */
public final class BriefingService {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(BriefingService.class.getName());
    private final BriefingCollector collector;
    private final BriefingDocument document = new BriefingDocument();
    /** One part per core: on the 2-core machine this is what brings a 900-page briefing under 10 s. */
    private final BriefingPdf pdf = new BriefingPdf(new PdfWriter(), Runtime.getRuntime().availableProcessors());

    public BriefingService(TimelineService timelines, MessageService messages, QuoteCardSource cards, Clock clock) {
        this.collector = new BriefingCollector(timelines, messages, cards, clock);
    }

    public Briefing make(OpenCase open, BriefingOptions options, BriefingProgress progress) {
        long start = System.nanoTime();
        BriefingData data = collector.collect(open, options, progress);
        LOG.fine(() -> String.format("briefing: case read in %d ms", (System.nanoTime() - start) / 1_000_000));
        progress.check();
        return render(data, options, progress);
    }

    Briefing render(BriefingData data, BriefingOptions options, BriefingProgress progress) {
        long t0 = System.nanoTime();
        BriefingDocument.Result html = document.write(data, options, progress);
        progress.check();
        long t1 = System.nanoTime();
        PdfWriter.Written finished = pdf.make(html, new Texts(options.language()), progress);
        long t2 = System.nanoTime();
        LOG.fine(() -> String.format("briefing: layout %d ms (%d chars in %d parts), PDF %d ms, %d pages",
                (t1 - t0) / 1_000_000, html.length(), html.parts().size(), (t2 - t1) / 1_000_000, finished.pages()));
        progress.done(1);
        return new Briefing(finished.pdf(), finished.pages(), data.exhibits().size(), data.manifest().entries().size(),
                data.manifest().sha256(), html.redactedPlaces());
    }
}
