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
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A case with many changes and long paper trails: its summary still fills exactly one page. */
class SummaryPageTest {
    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({"en, A4", "de, LETTER"})
    void theSummaryOfManyChangesIsOnePage(String lang, Paper paper) throws Exception {
        Path mbox = temp.resolve("many.mbox");
        BriefingBenchmark.write(mbox, 300); // 12 changes, each argued about at length
        CaseService cases = new CaseService(new CaseStores(Clock.systemUTC()));
        try (OpenCase open = cases.create(temp.resolve("many.dossier"), "Many changes", null)) {
            TestCases.importer().importSources(open.store(), List.of(new PathReader(mbox)), ImportListener.NONE,
                    new AtomicBoolean());
            TimelineService timelines = new TimelineService(new Classifier(), Clock.systemUTC());
            assertThat(timelines.build(open.store()).chainOfProof()).as("changes in the case").hasSizeGreaterThan(8);
            BriefingService service = new BriefingService(timelines, new MessageService(TestCases.BERLIN),
                    QuoteCardSource.NONE, Clock.systemUTC());
            Locale language = Locale.forLanguageTag(lang);
            BriefingOptions options = BriefingOptions.defaults(language, paper)
                    .withSections(EnumSet.of(BriefingSection.COVER, BriefingSection.SUMMARY, BriefingSection.TIMELINE));
            Briefing briefing = service.make(open, options, BriefingProgress.NONE);
            String keep = System.getProperty("briefing.keep", "");
            if (!keep.isEmpty()) {
                java.nio.file.Files.write(Path.of(keep, "summary-" + lang + ".pdf"), briefing.pdf());
            }

            Texts t = new Texts(language);
            try (PDDocument pdf = Loader.loadPDF(briefing.pdf())) {
                int summary = page(pdf, t.get("brief.section.summary"));
                int timeline = page(pdf, t.get("brief.section.timeline"));
                assertThat(timeline).as("the timeline follows the summary's one page").isEqualTo(summary + 1);
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(summary);
                stripper.setEndPage(summary);
                String text = stripper.getText(pdf).replaceAll("\\s+", " ");
                assertThat(text).contains(t.get("brief.section.summary"), t.get("brief.summary.gap"));
                assertThat(text).as("the rest is counted, not dropped silently")
                        .containsPattern(counted(t, "brief.summary.moreChanges"))
                        .containsPattern(counted(t, "brief.summary.moreFindings"));
                assertThat(text).as("the sentence on unreviewed events ends the page")
                        .contains(lastWords(t, "brief.summary.unreviewed"));
            }
        }
    }

    /** The page number (from 1) the outline entry with this title leads to. */
    private static int page(PDDocument pdf, String title) throws Exception {
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            if (item.getTitle().equals(title)) {
                return pdf.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()) + 1;
            }
        }
        throw new AssertionError("no bookmark " + title);
    }

    /** The end of a message, after its numbers. */
    private static String lastWords(Texts t, String key) {
        String words = t.format(key, 2, 3);
        return words.substring(words.length() - 30);
    }

    /** A message with any count in it, as a pattern. */
    private static String counted(Texts t, String key) {
        return java.util.regex.Pattern.quote(t.format(key, 7)).replace("7", "\\E\\d+\\Q");
    }
}
