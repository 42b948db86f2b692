package app.dossier.brief;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Joins the separately rendered parts of a briefing into the first one: pages, structure trees
 * (PDFBox merges them and renumbers the marked content's parents), then turns the placeholder links
 * ({@link Anchors}) into jumps to their pages and writes the outline from the briefing's bookmarks.
 */
final class PartJoiner {
    /** The parts in order, joined into the first part's document; the others are closed. */
    PDDocument join(List<PdfWriter.Rendered> parts, List<BriefingDocument.Bookmark> outline, BriefingProgress progress)
            throws IOException {
        PdfWriter.Rendered first = parts.get(0);
        PDDocument joined = first.document();
        Map<String, Anchors.Target> anchors = new HashMap<>(first.anchors());
        PDFMergerUtility merger = new PDFMergerUtility();
        for (PdfWriter.Rendered part : parts.subList(1, parts.size())) {
            progress.check();
            int offset = joined.getNumberOfPages();
            part.subsetFonts();
            merger.appendDocument(joined, part.document());
            part.anchors().forEach((anchor, target) -> anchors.put(anchor, target.shifted(offset)));
            part.close();
        }
        links(joined, anchors);
        PDDocumentOutline root = new PDDocumentOutline();
        bookmarks(root, outline, joined, anchors);
        joined.getDocumentCatalog().setDocumentOutline(root);
        return joined;
    }

    private static void links(PDDocument document, Map<String, Anchors.Target> anchors) throws IOException {
        for (PDPage page : document.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(Anchors.SCHEME)) {
                    Anchors.Target target = anchors.get(uri.getURI().substring(Anchors.SCHEME.length()));
                    if (target == null) {
                        throw new IllegalStateException("a link to " + uri.getURI() + " has no target in the briefing");
                    }
                    PDActionGoTo goTo = new PDActionGoTo();
                    goTo.setDestination(destination(document, target));
                    link.setAction(goTo);
                }
            }
        }
    }

    private static void bookmarks(PDOutlineNode parent, List<BriefingDocument.Bookmark> marks, PDDocument document,
                                  Map<String, Anchors.Target> anchors) {
        for (BriefingDocument.Bookmark mark : marks) {
            Anchors.Target target = anchors.get(mark.anchor());
            if (target == null) {
                continue;
            }
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(mark.title());
            item.setDestination(destination(document, target));
            parent.addLast(item);
            bookmarks(item, mark.children(), document, anchors);
        }
    }

    private static PDPageXYZDestination destination(PDDocument document, Anchors.Target target) {
        PDPageXYZDestination d = new PDPageXYZDestination();
        d.setPage(document.getPage(target.page()));
        d.setTop(Math.round(target.top()));
        return d;
    }
}
