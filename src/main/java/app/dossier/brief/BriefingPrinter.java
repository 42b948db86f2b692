package app.dossier.brief;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/** Prints a briefing through the system's print dialog (PDFBox's printing support on java.awt.print). */
public final class BriefingPrinter {
    /** What became of a print request. */
    public enum Outcome {
        PRINTED, CANCELLED
    }

    /** Shows the print dialog and prints; throws when there is no printing system (a headless machine). */
    public Outcome print(byte[] pdf, String jobName) throws IOException, PrinterException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(pageable(document));
            if (!job.printDialog()) {
                return Outcome.CANCELLED;
            }
            job.print();
            return Outcome.PRINTED;
        }
    }

    /** What the printer is given: every page at its own size (A4 or Letter as laid out), not scaled to the printer's default. */
    static Pageable pageable(PDDocument document) {
        return new PDFPageable(document);
    }
}
