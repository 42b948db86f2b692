package app.dossier.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * What OpenHTMLtoPDF leaves to do: PDF/UA wants every link annotation to say where it goes
 * ({@code /Contents}), so each internal link gets "Go to page N" in the briefing's language.
 */
final class PdfFinishing {
    /** Returns the finished PDF and its page count. */
    record Finished(byte[] pdf, int pages) {
    }

    Finished finish(byte[] pdf, Texts t) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                        link.setContents(describe(document, link, t));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
            document.save(out);
            return new Finished(out.toByteArray(), document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(PDDocument document, PDAnnotationLink link, Texts t) throws IOException {
        PDPageDestination target = null;
        if (link.getDestination() instanceof PDPageDestination d) {
            target = d;
        } else if (link.getAction() instanceof PDActionGoTo goTo && goTo.getDestination() instanceof PDPageDestination d) {
            target = d;
        }
        if (target != null) {
            int index = target.retrievePageNumber();
            if (index < 0 && target.getPage() != null) {
                index = document.getPages().indexOf(target.getPage());
            }
            if (index >= 0) {
                return t.format("brief.link.page", index + 1);
            }
        }
        return t.get("brief.link.inside");
    }
}
