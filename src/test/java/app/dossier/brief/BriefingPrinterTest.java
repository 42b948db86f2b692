package app.dossier.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.dossier.cases.CaseService;
import app.dossier.cases.OpenCase;
import app.dossier.classify.Classifier;
import app.dossier.ingest.ImportListener;
import app.dossier.ingest.source.SampleSource;
import app.dossier.mailbox.MessageService;
import app.dossier.store.CaseStores;
import app.dossier.testing.TestCases;
import app.dossier.timeline.TimelineService;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the print dialog would be handed for the sample briefing: every page, at the paper it was laid out for. */
class BriefingPrinterTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({"A4, 595.3, 841.9", "LETTER, 612, 792"})
    void thePrintJobHasEveryPageAtItsPaperSize(Paper paper, double width, double height) throws Exception {
        CaseService cases = new CaseService(new CaseStores(Clock.systemUTC()));
        try (OpenCase open = cases.create(temp.resolve("sample.dossier"), "Kessler", null)) {
            TestCases.importer().importSources(open.store(), List.of(new SampleSource("en")), ImportListener.NONE,
                    new AtomicBoolean());
            BriefingService service = new BriefingService(new TimelineService(new Classifier(), Clock.systemUTC()),
                    new MessageService(TestCases.BERLIN), QuoteCardSource.NONE, Clock.systemUTC());
            BriefingOptions options = BriefingOptions.defaults(Locale.ENGLISH, paper)
                    .withSections(EnumSet.of(BriefingSection.COVER, BriefingSection.SUMMARY, BriefingSection.TIMELINE));
            Briefing briefing = service.make(open, options, BriefingProgress.NONE);
            try (PDDocument document = Loader.loadPDF(briefing.pdf())) {
                Pageable job = BriefingPrinter.pageable(document);
                assertThat(job.getNumberOfPages()).isEqualTo(briefing.pages()).isGreaterThan(3);
                for (int i = 0; i < job.getNumberOfPages(); i++) {
                    PageFormat format = job.getPageFormat(i);
                    assertThat(format.getOrientation()).as("page %d", i + 1).isEqualTo(PageFormat.PORTRAIT);
                    assertThat(format.getWidth()).as("page %d width in points", i + 1).isCloseTo(width, within(1.0));
                    assertThat(format.getHeight()).as("page %d height in points", i + 1).isCloseTo(height, within(1.0));
                    assertThat(job.getPrintable(i)).isNotNull();
                }
            }
        }
    }
}
