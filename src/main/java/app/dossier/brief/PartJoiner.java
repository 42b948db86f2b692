package app.dossier.brief;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
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
    /**
     * A join in progress, so that each part can be appended as soon as it and those before it are
     * drawn, while the later ones are still being drawn on the other cores.
     */
    Joining start(PdfWriter.Rendered first) {
        return new Joining(first);
    }

    /** Holds the first part's document, which every later part is appended to. */
    static final class Joining {
        private final PDDocument joined;
        private final Map<String, Anchors.Target> anchors;
        private final PDFMergerUtility merger = new PDFMergerUtility();

        private Joining(PdfWriter.Rendered first) {
            this.joined = first.document();
            this.anchors = new HashMap<>(first.anchors());
        }

        /**
         * Appends the next part in print order and closes it (also when appending fails). Its
         * font subsets must be made already ({@link PdfWriter.Rendered#subsetFonts()}): the merger
         * copies the font dictionaries as they are.
         */
        void append(PdfWriter.Rendered part) throws IOException {
            try (part) {
                int offset = joined.getNumberOfPages();
                merger.appendDocument(joined, part.document());
                part.anchors().forEach((anchor, target) -> anchors.put(anchor, target.shifted(offset)));
            }
        }

        /** Turns the placeholder links into jumps and writes the outline; the document is the caller's to close. */
        PDDocument finish(List<BriefingDocument.Bookmark> outline) throws IOException {
            directPropertyLists(joined);
            links(joined, anchors);
            PDDocumentOutline root = new PDDocumentOutline();
            bookmarks(root, outline, joined, anchors);
            joined.getDocumentCatalog().setDocumentOutline(root);
            return joined;
        }

        /** The document being joined into: closed by whoever gives up on the join. */
        PDDocument document() {
            return joined;
        }
    }

    /**
     * Every table cell's background is marked content with a property list of its own ({@code
     * /Type /Background} and its box), kept in the page's {@code /Properties}; PDFBox saves each
     * dictionary not marked direct as an object of its own, and the merger's copies never are. In
     * the 3,000-event briefing those were 204,000 of 269,000 objects, which the save pooled and
     * wrote one by one. Direct, they are written inside the page's resources (docs/decisions/0033).
     */
    private static void directPropertyLists(PDDocument document) {
        for (PDPage page : document.getPages()) {
            COSDictionary resources = page.getCOSObject().getCOSDictionary(COSName.RESOURCES);
            COSDictionary lists = resources == null ? null : resources.getCOSDictionary(COSName.PROPERTIES);
            if (lists == null) {
                continue;
            }
            for (COSBase value : lists.getValues()) {
                COSBase list = value instanceof COSObject o ? o.getObject() : value;
                if (list instanceof COSDictionary d && !(list instanceof COSStream) && value == list) {
                    d.setDirect(true);
                }
            }
        }
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
