package app.dossier.brief;

import app.dossier.cases.OpenCase;
import app.dossier.mailbox.MessageService;
import app.dossier.timeline.TimelineService;
import java.time.Clock;

/**
 * Makes the briefing of a case: reads what it prints, lays it out as XHTML (redacted terms
 * removed before layout), renders a tagged PDF/A-2u + PDF/UA-1 and finishes it with PDFBox.
 */
public final class BriefingService {
    private final BriefingCollector collector;
    private final BriefingDocument document = new BriefingDocument();
    private final PdfWriter writer = new PdfWriter();
    private final PdfFinishing finishing = new PdfFinishing();

    public BriefingService(TimelineService timelines, MessageService messages, QuoteCardSource cards, Clock clock) {
        this.collector = new BriefingCollector(timelines, messages, cards, clock);
    }

    public Briefing make(OpenCase open, BriefingOptions options, BriefingProgress progress) {
        BriefingData data = collector.collect(open, options, progress);
        progress.check();
        return render(data, options, progress);
    }

    Briefing render(BriefingData data, BriefingOptions options, BriefingProgress progress) {
        BriefingDocument.Result html = document.write(data, options, progress);
        progress.check();
        byte[] raw = writer.write(html.xhtml(), "Dossier");
        progress.done(0.95);
        PdfFinishing.Finished finished = finishing.finish(raw, new Texts(options.language()));
        progress.done(1);
        return new Briefing(finished.pdf(), finished.pages(), data.exhibits().size(), data.manifest().entries().size(),
                data.manifest().sha256(), html.redactedPlaces());
    }
}
