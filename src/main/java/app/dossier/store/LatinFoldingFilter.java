package app.dossier.store;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the accented letters of Western European languages to plain ones ("größe" → "grosse",
 * "café" → "cafe") so a search finds a word however it was typed. Only looks at a token when it
 * has a character above U+007F, which keeps indexing fast; Lucene's general folding filter
 * costs several times more on mail bodies.
 */
final class LatinFoldingFilter extends TokenFilter {
    private static final String[] FOLD = new String[0x180];

    static {
        String from = "àáâãåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõøōőŕřśšşťùúûůūűųýÿźżž";
        String to = "aaaaaaaacccdeeeeeeeeiiiiiilnnnooooooorrsssstuuuuuuuyyzzz";
        for (int i = 0; i < from.length(); i++) {
            FOLD[from.charAt(i)] = String.valueOf(to.charAt(i));
        }
        FOLD['ä'] = "ae";
        FOLD['ö'] = "oe";
        FOLD['ü'] = "ue";
        FOLD['ß'] = "ss";
        FOLD['æ'] = "ae";
        FOLD['œ'] = "oe";
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    LatinFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        boolean needed = false;
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= 0x80) {
                needed = true;
                break;
            }
        }
        if (needed) {
            StringBuilder folded = new StringBuilder(length + 4);
            for (int i = 0; i < length; i++) {
                char c = buffer[i];
                String replacement = c < FOLD.length ? FOLD[c] : null;
                if (replacement != null) {
                    folded.append(replacement);
                } else {
                    folded.append(c);
                }
            }
            term.setEmpty().append(folded);
        }
        return true;
    }
}
