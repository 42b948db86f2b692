package app.dossier.brief;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;

/**
 * What OpenHTMLtoPDF leaves to do: PDF/UA wants every link annotation to say where it goes
 * ({@code /Contents}), so each internal link gets "Go to page N" in the briefing's language.
 * Runs on the rendered document before it is saved.
 */
final class PdfFinishing {
    void finish(PDDocument document, Texts t) throws IOException {
        // Page numbers by page object, once: looking each link's page up in the tree is slow on 1,000 pages.
        Map<COSBase, Integer> numbers = new IdentityHashMap<>();
        int n = 0;
        for (PDPage page : document.getPages()) {
            numbers.put(page.getCOSObject(), ++n);
        }
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    link.setContents(describe(link, numbers, t));
                }
            }
        }
    }

    private static String describe(PDAnnotationLink link, Map<COSBase, Integer> numbers, Texts t) throws IOException {
        PDPageDestination target = null;
        if (link.getDestination() instanceof PDPageDestination d) {
            target = d;
        } else if (link.getAction() instanceof PDActionGoTo goTo && goTo.getDestination() instanceof PDPageDestination d) {
            target = d;
        }
        Integer number = target == null || target.getPage() == null ? null : numbers.get(target.getPage().getCOSObject());
        return number == null ? t.get("brief.link.inside") : t.format("brief.link.page", number);
    }
}
