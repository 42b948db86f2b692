package app.dossier.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Answers PDFBox's question "which font stands in for this one that is not embedded" with DejaVu
 * Sans, without looking at the system's fonts. OpenHTMLtoPDF makes a Helvetica and a ZapfDingbats
 * font for every document it renders (for form fields the briefing never has; the objects are
 * dropped unwritten), and PDFBox's own mapper then read or built its cache of every font installed
 * and parsed a substitute: 0.6–0.9 s of CPU in each fresh process on this machine, more where many
 * fonts are installed, and a "fallback font" warning per part. Everything the briefing prints is in
 * embedded DejaVu, and the preview and the printer only open briefings, so no visible text depends
 * on this answer (docs/decisions/0037).
 */
final class DejaVuFontMapper implements FontMapper {
    private final Supplier<byte[]> sans;
    private TrueTypeFont font;

    DejaVuFontMapper(Supplier<byte[]> sans) {
        this.sans = sans;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), !Standard14Fonts.containsName(baseFont));
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font(), !Standard14Fonts.containsName(baseFont));
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, font(), true);
    }

    /** Parsed when first asked for: most processes never ask. */
    private synchronized TrueTypeFont font() {
        if (font == null) {
            try {
                font = new TTFParser().parse(new RandomAccessReadBuffer(sans.get()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return font;
    }
}
