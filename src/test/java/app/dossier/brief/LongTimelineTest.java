package app.dossier.brief;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.bench.BriefingBenchmark;
import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.ingest.ImportListener;
import app.dossier.ingest.source.PathReader;
import app.dossier.mailbox.MessageService;
import app.dossier.store.CaseStores;
import app.dossier.testing.TestCases;
import app.dossier.timeline.TimelineService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A timeline longer than one part (docs/decisions/0032): its table is continued in the next part,
 * and the joined briefing still reads as one table — every row once and in order, the header row
 * on every page — and stays PDF/A-2u and PDF/UA-1.
 */
class LongTimelineTest {
    @TempDir
    Path temp;

    @Test
    void aTimelineCutIntoPartsReadsAsOneTable() throws Exception {
        Path mbox = temp.resolve("long.mbox");
        BriefingBenchmark.write(mbox, 200, true); // 600 events: more than one part's rows
        CaseService cases = new CaseService(new CaseStores(Clock.systemUTC()));
        try (OpenCase open = cases.create(temp.resolve("long.dossier"), "Long timeline", null)) {
            TestCases.importer().importSources(open.store(), List.of(new PathReader(mbox)), ImportListener.NONE,
                    new AtomicBoolean());
            TimelineService timelines = new TimelineService(new Classifier(), Clock.systemUTC());
            int events = timelines.build(open.store()).events().size();
            assertThat(events).as("events in the case").isGreaterThan(TimelineSection.ROWS_PER_PART);
            BriefingService service = new BriefingService(timelines, new MessageService(TestCases.BERLIN),
                    QuoteCardSource.NONE, Clock.systemUTC());
            BriefingOptions options = BriefingOptions.defaults(Locale.ENGLISH, Paper.A4)
                    .withSections(EnumSet.of(BriefingSection.COVER, BriefingSection.TIMELINE));
            Briefing briefing = service.make(open, options, BriefingProgress.NONE);

            Texts t = new Texts(Locale.ENGLISH);
            try (PDDocument pdf = Loader.loadPDF(briefing.pdf())) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                int at = -1;
                for (int team = 0; team < 200; team++) {
                    String request = "switch off the account lockout for team " + team + " by Friday";
                    int next = text.indexOf(request, at + 1);
                    assertThat(next).as("the request of team %d, after the one before", team).isGreaterThan(at);
                    assertThat(text.indexOf(request, next + 1)).as("the request of team %d only once", team).isEqualTo(-1);
                    at = next;
                }
                PDFTextStripper page = new PDFTextStripper();
                for (int p = 2; p <= pdf.getNumberOfPages(); p++) {
                    page.setStartPage(p);
                    page.setEndPage(p);
                    assertThat(page.getText(pdf)).as("the header row on timeline page %d", p)
                            .contains(t.get("brief.col.key"));
                }
            }
            assertThat(PdfChecks.violations(briefing.pdf(), PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
            assertThat(PdfChecks.violations(briefing.pdf(), PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        }
    }
}
