package app.dossier.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.junit.jupiter.api.Test;

/**
 * The search index's one lower-casing and folding filter must give the very tokens that Lucene's
 * LowerCaseFilter followed by the folding gave before, or an index built earlier would stop
 * matching what is typed into the search box now.
 */
class LowerCaseFoldingFilterTest {

    @Test
    void lowerCasesAndFoldsWesternLetters() throws IOException {
        assertEquals(List.of("groesse", "cafe", "aerger", "strasse", "2fa", "chg", "2026", "0147"),
                tokens(SearchIndex.analyzer(), "GRÖSSE Café Ärger Straße 2FA CHG-2026-0147"));
        assertEquals(List.of("иван", "петров", "σοφία", "東京"), tokens(SearchIndex.analyzer(), "Иван ПЕТРОВ ΣΟΦΊΑ 東京"));
    }

    @Test
    void givesTheTokensOfLuceneLowerCasingThenFolding() throws IOException {
        Analyzer reference = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
                return new TokenStreamComponents(source, new ReferenceFolding(new LowerCaseFilter(source)));
            }
        };
        // Upper and lower case, accents folded to one or two letters, Turkish dotted I, the Kelvin
        // sign (lower-cases to ASCII), Greek, Cyrillic, a supplementary letter (Deseret), digits.
        String alphabet = "AZaz09ÄÖÜäöüßÆæŒœÀÉÈÇÑØÅŁŚŽİıKΣσςДЖж東\uD801\uDC00\uD801\uDC28 -.,\n";
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                int at = random.nextInt(alphabet.length());
                char c = alphabet.charAt(at);
                if (Character.isHighSurrogate(c) && at + 1 < alphabet.length()) {
                    text.append(c).append(alphabet.charAt(at + 1));
                } else if (!Character.isLowSurrogate(c)) {
                    text.append(c);
                }
            }
            String s = text.toString();
            assertEquals(tokens(reference, s), tokens(SearchIndex.analyzer(), s), s);
        }
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    /** The folding as it was before lower-casing moved into the same filter. */
    private static final class ReferenceFolding extends org.apache.lucene.analysis.TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        ReferenceFolding(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String from = "àáâãåāăąçćčďèéêëēėęěìíîïīįłñńňòóôõøōőŕřśšşťùúûůūűųýÿźżž";
            String to = "aaaaaaaacccdeeeeeeeeiiiiiilnnnooooooorrsssstuuuuuuuyyzzz";
            String two = "äaeöoeüueßssæaeœoe";
            StringBuilder folded = new StringBuilder();
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                int one = from.indexOf(c);
                int pair = two.indexOf(c);
                if (one >= 0) {
                    folded.append(to.charAt(one));
                } else if (pair >= 0 && pair % 3 == 0) {
                    folded.append(two, pair + 1, pair + 3);
                } else {
                    folded.append(c);
                }
            }
            term.setEmpty().append(folded);
            return true;
        }
    }
}
