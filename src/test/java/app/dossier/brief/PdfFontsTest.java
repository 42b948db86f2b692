package app.dossier.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The fonts the renderer asks for: none looked up among the system's, each face parsed once per thread. */
class PdfFontsTest {
    @Test
    void aStandardFontStandsInAsDejaVuWithoutAFallbackWarning() throws Exception {
        new PdfWriter();
        FontMapper mapper = FontMappers.instance();
        assertThat(mapper).isInstanceOf(DejaVuFontMapper.class);
        FontMapping<TrueTypeFont> helvetica = mapper.getTrueTypeFont("Helvetica", null);
        assertThat(helvetica.isFallback()).isFalse();
        assertThat(helvetica.getFont().getName()).isEqualTo("DejaVuSans");
        assertThat(mapper.getTrueTypeFont("Some Font Nobody Has", null).isFallback())
                .as("a font that is not one of the standard 14 is still a fallback").isTrue();

        List<LogRecord> warnings = new ArrayList<>();
        Logger pdfbox = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord record) {
                warnings.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        pdfbox.addHandler(catcher);
        try {
            // what OpenHTMLtoPDF makes for every document it renders
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            assertThat(font.getName()).isEqualTo("Helvetica");
        } finally {
            pdfbox.removeHandler(catcher);
        }
        assertThat(warnings).filteredOn(r -> r.getLevel().intValue() >= Level.WARNING.intValue()).isEmpty();
    }

    @Test
    void aThreadParsesEachFaceOnce() {
        List<String> read = new ArrayList<>();
        ParsedFonts fonts = new ParsedFonts(file -> {
            read.add(file);
            return PdfWriter.withoutSubstitutions(file);
        });
        TrueTypeFont sans = fonts.font(PdfWriter.SANS_FILE);
        assertThat(fonts.font(PdfWriter.SANS_FILE)).isSameAs(sans);
        TrueTypeFont mono = fonts.font("DejaVuSansMono.ttf");
        assertThat(mono).isNotSameAs(sans);
        assertThat(read).containsExactly(PdfWriter.SANS_FILE, "DejaVuSansMono.ttf");
        assertThat(new PdfWriter().fonts().font(PdfWriter.SANS_FILE)).as("another thread's fonts are its own")
                .isNotSameAs(sans);
    }
}
