package app.dossier.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The DejaVu faces parsed once for all the parts one thread renders: each part used to parse every
 * face it needed again (its tables, its character map, the glyphs read for widths). A parsed font
 * reads from one buffer and is not thread-safe, so every thread has its own, and a part's subsets
 * are made on the thread that drew it (see BriefingPdf). Not shared between threads.
 */
final class ParsedFonts {
    private final Function<String, byte[]> bytes;
    private final Map<String, TrueTypeFont> parsed = new HashMap<>();

    /** {@code bytes}: a font file's bytes by file name. */
    ParsedFonts(Function<String, byte[]> bytes) {
        this.bytes = bytes;
    }

    TrueTypeFont font(String file) {
        return parsed.computeIfAbsent(file, f -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(bytes.apply(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
