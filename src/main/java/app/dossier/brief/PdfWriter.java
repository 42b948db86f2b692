package app.dossier.brief;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Turns XHTML into a tagged PDF/A-2u that is also PDF/UA-1: fonts embedded (DejaVu, read from the
 * jasperreports-fonts jar), the sRGB output intent, structure tags from the HTML. Nothing is
 * fetched from outside: links to other documents are refused. Thread-safe: each call renders into
 * its own document, so the parts of one briefing can be drawn on several cores at once.
 */
final class PdfWriter {
    /** Where the DejaVu fonts sit in net.sf.jasperreports:jasperreports-fonts. */
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";
    static final String SANS_FILE = "DejaVuSans.ttf";

    private final byte[] colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** Read once per writer: a 3,000-event briefing should not read six fonts again for each part. */
    private final Map<String, byte[]> fonts = new ConcurrentHashMap<>();
    private final EmptyArtifacts empty = new EmptyArtifacts();

    PdfWriter() {
        // PDFBox asks its font mapper once per rendered part for a font no briefing uses; without
        // this one the first ask reads every font installed on the machine (see DejaVuFontMapper).
        FontMappers.set(new DejaVuFontMapper(() -> fontBytes(SANS_FILE)));
    }

    /** A finished PDF and its page count. */
    record Written(byte[] pdf, int pages) {
    }

    /**
     * A rendered document still open, with the pages of the anchors its bookmarks named (the
     * bookmarks themselves are removed: the joined document gets its own outline).
     */
    record Rendered(PDDocument document, Map<String, Anchors.Target> anchors, List<PDFont> fonts)
            implements AutoCloseable {
        /** Embeds the subsets of the fonts now, so that a copy of these pages into another document carries them. */
        void subsetFonts() throws IOException {
            for (PDFont font : fonts) {
                font.subset();
            }
        }

        @Override
        public void close() throws IOException {
            document.close();
        }
    }

    Written write(String xhtml, String producer) {
        return write(xhtml, producer, BriefingProgress.NONE, document -> { });
    }

    /** Renders one document, lets {@code finish} change it while it is still open, and saves it. */
    Written write(String xhtml, String producer, BriefingProgress progress, Finisher finish) {
        try (Rendered rendered = render(xhtml, producer, progress)) {
            finish.accept(rendered.document());
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
            rendered.document().save(out);
            return new Written(out.toByteArray(), rendered.document().getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders into a new document and leaves it open. Asks {@code progress} whether to stop for
     * every piece of text laid out and before every page is drawn, so a stop takes effect at once
     * even in the middle of a long table; stopping ends with a CancellationException.
     */
    Rendered render(String xhtml, String producer, BriefingProgress progress) {
        return render(xhtml, producer, progress, fonts());
    }

    /** Fonts parsed for one thread's renders: {@link #render(String, String, BriefingProgress, ParsedFonts)} on that thread only. */
    ParsedFonts fonts() {
        return new ParsedFonts(this::fontBytes);
    }

    /** As {@link #render(String, String, BriefingProgress)}, with fonts already parsed by earlier renders on this thread. */
    Rendered render(String xhtml, String producer, BriefingProgress progress, ParsedFonts parsed) {
        PDDocument document = new PDDocument();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
            builder.useColorProfile(colorProfile);
            builder.withProducer(producer);
            List<PDFont> loaded = new ArrayList<>();
            font(builder, document, parsed, loaded, SANS_FILE, SANS, 400, FontStyle.NORMAL);
            font(builder, document, parsed, loaded, "DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL);
            font(builder, document, parsed, loaded, "DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC);
            font(builder, document, parsed, loaded, "DejaVuSans-BoldOblique.ttf", SANS, 700, FontStyle.ITALIC);
            font(builder, document, parsed, loaded, "DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL);
            font(builder, document, parsed, loaded, "DejaVuSansMono-Bold.ttf", MONO, 700, FontStyle.NORMAL);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useUnicodeLineBreaker(new Stoppable(
                    new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US)), progress));
            PdfBoxRenderer[] rendering = new PdfBoxRenderer[1];
            builder.usePageSupplier((doc, width, height, page, shadow) -> {
                progress.check();
                drawn(progress, rendering[0], page);
                PDPage next = new PDPage(new PDRectangle(width, height));
                PDResources resources = new PDResources();
                resources.getCOSObject().setItem(COSName.PROPERTIES, new IndexedProperties());
                next.setResources(resources);
                doc.addPage(next); // what the default supplier does
                return next;
            });
            builder.withHtmlContent(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                rendering[0] = renderer;
                renderer.createPDFKeepOpen();
            }
            // Here, on the thread that drew them, before any join or save carries them along.
            empty.remove(document);
            return new Rendered(document, anchors(document), loaded.stream().filter(f -> f != null).toList());
        } catch (IOException e) {
            close(document);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            close(document);
            throw e;
        }
    }

    private static void close(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // the rendering failed already; that failure is the one to report
        }
    }

    /** The pages the bookmarks point to, by title (each part names its bookmarks by anchor); then no outline. */
    private static Map<String, Anchors.Target> anchors(PDDocument document) throws IOException {
        Map<COSBase, Integer> numbers = new IdentityHashMap<>();
        int n = 0;
        for (PDPage page : document.getPages()) {
            numbers.put(page.getCOSObject(), n++);
        }
        Map<String, Anchors.Target> anchors = new HashMap<>();
        if (document.getDocumentCatalog().getDocumentOutline() != null) {
            collect(document.getDocumentCatalog().getDocumentOutline(), numbers, anchors);
            document.getDocumentCatalog().setDocumentOutline(null);
        }
        return anchors;
    }

    private static void collect(PDOutlineNode node, Map<COSBase, Integer> numbers, Map<String, Anchors.Target> anchors)
            throws IOException {
        for (PDOutlineItem item : node.children()) {
            if (item.getDestination() instanceof PDPageXYZDestination d && d.getPage() != null) {
                Integer page = numbers.get(d.getPage().getCOSObject());
                if (page != null) {
                    anchors.put(item.getTitle(), new Anchors.Target(page, d.getTop()));
                }
            }
            collect(item, numbers, anchors);
        }
    }

    /**
     * Pages are drawn after the layout, so the page count is known by then: drawing reports
     * 60..95 % of the document. A progress report must never stop the drawing itself.
     */
    private static void drawn(BriefingProgress progress, PdfBoxRenderer renderer, int page) {
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
        void accept(PDDocument document) throws IOException;
    }

    /** The bytes of one of the DejaVu fonts, without its substitutions (see {@link #withoutSubstitutions}). */
    byte[] fontBytes(String file) {
        return fonts.computeIfAbsent(file, PdfWriter::withoutSubstitutions);
    }

    /** Loaded into the document when the layout first asks for it; remembered so its subset can be made. */
    private static void font(PdfRendererBuilder builder, PDDocument document, ParsedFonts parsed, List<PDFont> loaded,
                             String file, String family, int weight, FontStyle style) {
        int index = loaded.size();
        loaded.add(null);
        builder.useFont(new PDFontSupplier(null) {
            @Override
            public PDFont supply() {
                if (loaded.get(index) == null) {
                    try {
                        // the parsed font is shared with this thread's other parts: PDFBox neither
                        // closes it with this document nor when it makes the subset
                        loaded.set(index, PDType0Font.load(document, parsed.font(file), true));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return loaded.get(index);
            }
        }, family, weight, style, true);
    }

    /** The standard line breaker, asking at each text whether to stop: layout of a long table has no other hook. */
    private static final class Stoppable implements FSTextBreaker {
        private final FSTextBreaker breaker;
        private final BriefingProgress progress;

        Stoppable(FSTextBreaker breaker, BriefingProgress progress) {
            this.breaker = breaker;
            this.progress = progress;
        }

        @Override
        public int next() {
            return breaker.next();
        }

        @Override
        public void setText(String text) {
            progress.check();
            breaker.setText(text);
        }
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
