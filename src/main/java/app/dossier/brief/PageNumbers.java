package app.dossier.brief;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * "Page x of y" at the foot of every page, right-aligned to the text's margin: stamped after the
 * parts are joined, since only then are x and y known. Marked as an artifact (pagination), as
 * PDF/UA wants for running footers, in the same font as the text (embedded as a subset).
 */
final class PageNumbers {
    private static final float SIZE = 7.5f;
    /** The baseline's height above the page's bottom edge: in the middle of the 20 mm margin. */
    private static final float BASELINE = 25.5f;
    private static final Color GREY = new Color(0x55, 0x55, 0x55);

    void stamp(PDDocument document, byte[] sansFont, Texts t) throws IOException {
        PDFont font = PDType0Font.load(document, new ByteArrayInputStream(sansFont), true);
        int total = document.getNumberOfPages();
        int number = 0;
        for (PDPage page : document.getPages()) {
            String text = t.format("brief.page", String.valueOf(++number), String.valueOf(total));
            float width = font.getStringWidth(text) / 1000 * SIZE;
            float x = page.getMediaBox().getUpperRightX() - BriefingCss.RIGHT_MARGIN - width;
            try (PDPageContentStream out = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                out.beginMarkedContent(COSName.ARTIFACT);
                out.beginText();
                out.setFont(font, SIZE);
                out.setNonStrokingColor(GREY);
                out.newLineAtOffset(x, page.getMediaBox().getLowerLeftY() + BASELINE);
                out.showText(text);
                out.endText();
                out.endMarkedContent();
            }
        }
    }
}
