package app.dossier.brief;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns the briefing's XHTML into a tagged PDF/A-2u that is also PDF/UA-1: fonts embedded (DejaVu,
 * read from the jasperreports-fonts jar), the sRGB output intent, structure tags from the HTML.
 * Nothing is fetched from outside: links to other documents are refused.
 */
final class PdfWriter {
    /** Where the DejaVu fonts sit in net.sf.jasperreports:jasperreports-fonts. */
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";

    private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    byte[] write(String xhtml, String producer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
        builder.useColorProfile(colorProfile);
        builder.withProducer(producer);
        font(builder, "DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC);
        font(builder, "DejaVuSans-BoldOblique.ttf", SANS, 700, FontStyle.ITALIC);
        font(builder, "DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL);
        font(builder, "DejaVuSansMono-Bold.ttf", MONO, 700, FontStyle.NORMAL);
        builder.useExternalResourceAccessControl((uri, type) -> false,
                com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        builder.useFont(() -> open(file), family, weight, style, true);
    }

    private static InputStream open(String file) {
        InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the class path: " + FONTS + file);
        }
        return in;
    }
}
