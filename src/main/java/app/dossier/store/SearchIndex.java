package app.dossier.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over subjects, people, bodies and notes, with Lucene. The database stays the
 * truth: the index records the highest message and note it holds and catches up from there, so a
 * crash or a deleted index costs time, never data. An encrypted case keeps its index in memory
 * only, so no plain text of it ever reaches the disk (docs/decisions/0005-search-index.md).
 */
public final class SearchIndex implements AutoCloseable {
    private static final String FIELD_TEXT = "text";
    private static final String FIELD_KEY = "key";
    private static final String FIELD_ID = "id";
    private static final String FIELD_KIND = "kind";
    private static final String FIELD_DATE = "date";
    private static final String MAX_MESSAGE = "maxMessage";
    private static final String MAX_NOTE = "maxNote";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private long maxMessage;
    private long maxNote;

    private SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(analyzer());
        config.setRAMBufferSizeMB(8);
        config.setCommitOnClose(true);
        this.writer = new IndexWriter(directory, config);
        Map<String, String> committed = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> committed.put(e.getKey(), e.getValue()));
        this.maxMessage = Long.parseLong(committed.getOrDefault(MAX_MESSAGE, "0"));
        this.maxNote = Long.parseLong(committed.getOrDefault(MAX_NOTE, "0"));
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens the index of a case: on disk beside the database, or in memory for an encrypted case. */
    static SearchIndex open(CaseDirectory caseDirectory, boolean encrypted) throws IOException {
        if (encrypted) {
            return new SearchIndex(new ByteBuffersDirectory());
        }
        Path path = caseDirectory.path().resolve("index");
        Files.createDirectories(path);
        try {
            return new SearchIndex(FSDirectory.open(path));
        } catch (IOException | RuntimeException damaged) {
            // The index is derived data: a damaged one is dropped and rebuilt from the database.
            try (var files = Files.list(path)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            return new SearchIndex(FSDirectory.open(path));
        }
    }

    /**
     * Words are runs of letters and digits ("2FA", "CHG-2026-0147" as three words), lower-cased and
     * with accents folded, so "Größe" finds "groesse" too; no stop words. A letter-or-digit
     * tokenizer is several times faster than the standard one, which matters at 100,000 mails.
     */
    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new CharTokenizer() {
                    @Override
                    protected boolean isTokenChar(int c) {
                        // ASCII by range: Character.isLetterOrDigit's look-up of the Unicode type
                        // was a ninth of the indexing thread's time on mail bodies.
                        if (c < 128) {
                            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
                        }
                        return Character.isLetterOrDigit(c);
                    }
                };
                TokenStream stream = new LowerCaseFoldingFilter(source);
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    public synchronized long maxMessage() {
        return maxMessage;
    }

    public synchronized long maxNote() {
        return maxNote;
    }

    /** Adds documents newer than what the index holds; older ones are ignored, so adding twice is harmless. */
    public synchronized void add(List<SearchDocument> documents) {
        try {
            for (SearchDocument d : documents) {
                boolean message = d.kind() == SearchDocument.Kind.MESSAGE;
                if (message ? d.id() <= maxMessage : d.id() <= maxNote) {
                    continue;
                }
                Document doc = new Document();
                doc.add(new StringField(FIELD_KEY, (message ? "m" : "n") + d.id(), Field.Store.NO));
                doc.add(new StoredField(FIELD_ID, d.id()));
                doc.add(new StoredField(FIELD_KIND, message ? "m" : "n"));
                doc.add(new NumericDocValuesField(FIELD_DATE, d.epochSecond()));
                for (String part : d.parts()) {
                    doc.add(new TextField(FIELD_TEXT, part, Field.Store.NO));
                }
                writer.addDocument(doc);
                if (message) {
                    maxMessage = d.id();
                } else {
                    maxNote = d.id();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was added durable, with the high-water marks the next catch-up starts from. */
    public synchronized void commit() {
        try {
            writer.setLiveCommitData(Map.of(MAX_MESSAGE, Long.toString(maxMessage),
                    MAX_NOTE, Long.toString(maxNote)).entrySet());
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Finds messages and notes. Words must all occur (AND); "quoted phrases", -excluded words,
     * prefix* and a|b alternatives work as in a web search box.
     */
    public List<SearchHit> search(String queryText, int limit) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                SimpleQueryParser parser = new SimpleQueryParser(writer.getAnalyzer(), FIELD_TEXT);
                parser.setDefaultOperator(BooleanClause.Occur.MUST);
                Query query = parser.parse(queryText);
                if (query == null) {
                    return List.of();
                }
                TopDocs top = searcher.search(query, Math.max(1, limit));
                List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
                var stored = searcher.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    Document doc = stored.document(sd.doc);
                    SearchDocument.Kind kind = "m".equals(doc.get(FIELD_KIND)) ? SearchDocument.Kind.MESSAGE
                            : SearchDocument.Kind.NOTE;
                    hits.add(new SearchHit(kind, doc.getField(FIELD_ID).numericValue().longValue(), sd.score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException | RuntimeException e) {
            // Closing a derived index must not stop the case from closing; it is rebuilt if needed.
        }
    }
}
