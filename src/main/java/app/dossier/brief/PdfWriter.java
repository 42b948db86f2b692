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
    /** Read once per writer: a 3,000-event briefing should not parse six fonts again. */
    private final java.util.Map<String, byte[]> fonts = new java.util.concurrent.ConcurrentHashMap<>();

    /** A finished PDF and its page count. */
    record Written(byte[] pdf, int pages) {
    }

    Written write(String xhtml, String producer) {
        return write(xhtml, producer, BriefingProgress.NONE, document -> { });
    }

    /**
     * Renders, lets {@code finish} change the document while it is still open (no second parse of
     * a large file), and saves it. Asks {@code progress} before each page is drawn, so a long
     * briefing can be stopped while it is drawn.
     */
    Written write(String xhtml, String producer, BriefingProgress progress, Finisher finish) {
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
        com.openhtmltopdf.pdfboxout.PdfBoxRenderer[] rendering = new com.openhtmltopdf.pdfboxout.PdfBoxRenderer[1];
        builder.usePageSupplier((document, width, height, page, shadow) -> {
            progress.check();
            drawn(progress, rendering[0], page);
            org.apache.pdfbox.pdmodel.PDPage next = new org.apache.pdfbox.pdmodel.PDPage(
                    new org.apache.pdfbox.pdmodel.common.PDRectangle(width, height));
            org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
            resources.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.PROPERTIES, new IndexedProperties());
            next.setResources(resources);
            document.addPage(next); // what the default supplier does
            return next;
        });
        builder.withHtmlContent(xhtml, null);
        try (com.openhtmltopdf.pdfboxout.PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            rendering[0] = renderer;
            try (org.apache.pdfbox.pdmodel.PDDocument document = renderer.createPDFKeepOpen()) {
                finish.accept(document);
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                document.save(out);
                return new Written(out.toByteArray(), document.getNumberOfPages());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Pages are drawn after the layout, so the page count is known by then: drawing reports
     * 60..95 % of the briefing. A progress report must never stop the drawing itself.
     */
    private static void drawn(BriefingProgress progress, com.openhtmltopdf.pdfboxout.PdfBoxRenderer renderer, int page) {
        try {
            int total = renderer == null ? 0 : renderer.getRootBox().getLayer().getPages().size();
            if (total > 0) {
                progress.done(0.6 + 0.35 * Math.min(1.0, (page + 1) / (double) total));
            }
        } catch (RuntimeException e) {
            // no count, no report
        }
    }

    /** A change to the rendered document before it is saved. */
    @FunctionalInterface
    interface Finisher {
        void accept(org.apache.pdfbox.pdmodel.PDDocument document) throws IOException;
    }

    private void font(PdfRendererBuilder builder, String file, String family, int weight, FontStyle style) {
        byte[] bytes = fonts.computeIfAbsent(file, PdfWriter::withoutSubstitutions);
        builder.useFont(() -> new java.io.ByteArrayInputStream(bytes), family, weight, style, true);
    }

    /**
     * The font with its GSUB table hidden: PDFBox 3 applies the Latin ligatures from it ("ffi"
     * becomes one glyph), and text copied from the PDF would then hold one ligature character instead of three letters.
     */
    static byte[] withoutSubstitutions(String file) {
        byte[] font;
        try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + FONTS + file);
            }
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                font[at] = 'X'; // an unknown tag: readers skip the table, the subset leaves it out
            }
        }
        return font;
    }
}
