package app.dossier.brief;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A rendered briefing kept open for the preview: pages are drawn one at a time, when shown, so a
 * 500-page briefing costs no more than the page on screen. Not thread-safe: one page at a time.
 */
public final class PdfPreview implements AutoCloseable {
    private final PDDocument document;
    private final PDFRenderer renderer;

    public PdfPreview(byte[] pdf) {
        try {
            this.document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.renderer = new PDFRenderer(document);
    }

    public int pages() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) at {@code scale} (1 = 72 dpi). */
    public BufferedImage page(int index, float scale) {
        try {
            return renderer.renderImage(index, scale, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
