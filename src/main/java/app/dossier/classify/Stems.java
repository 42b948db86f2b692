package app.dossier.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Word stems from Lucene's analyzers: Porter stems for English; for German the light stemmer
 * after splitting compounds ("Zwei-Faktor-Authentifizierung", "Freigabeprozess") into the parts
 * known from the training corpus, so "Freigabe" is seen inside "Freigabeprozess". Lucene analyzers
 * are thread-safe (they keep their token streams per thread).
 */
final class Stems implements AutoCloseable {
    private final Analyzer english;
    private final Analyzer german;

    /** {@code compoundParts}: German words (lower case) that may be parts of a compound. */
    Stems(Set<String> compoundParts) {
        CharArraySet parts = new CharArraySet(compoundParts, false);
        english = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new EnglishPossessiveFilter(source);
                s = new LowerCaseFilter(s);
                return new TokenStreamComponents(source, new PorterStemFilter(s));
            }
        };
        german = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(source);
                if (!parts.isEmpty()) {
                    s = new DictionaryCompoundWordTokenFilter(s, parts, 8, 4, 15, true);
                }
                s = new GermanNormalizationFilter(s);
                return new TokenStreamComponents(source, new GermanLightStemFilter(s));
            }
        };
    }

    /** Receives one stem as the analyzer's buffer (valid only during the call). */
    @FunctionalInterface
    interface Terms {
        void term(char[] buffer, int length);
    }

    /** Each stem (and compound part's stem) of the text, in order. */
    void of(String lang, String text, Terms out) {
        Analyzer analyzer = lang.equals("de") ? german : english;
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.term(term.buffer(), term.length());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
    }

    @Override
    public void close() {
        english.close();
        german.close();
    }
}
