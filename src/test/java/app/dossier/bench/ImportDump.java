package app.dossier.bench;

import app.dossier.store.CaseStore;
import app.dossier.store.MessageSearch;
import app.dossier.store.SearchHit;
import app.dossier.testing.TestCases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Everything an import stored, as text, for proving that a faster import stores the same: every
 * row of the import's tables in id order (BLOBs as their SHA-256; the import's own clock left
 * out), every term of the search index with its postings named by message or note id (not by
 * Lucene's document numbers, which depend on how segments were flushed), and the hits of a few
 * searches. Two imports of the same sources by two builds must give byte-identical files.
 *
 * <pre>java -cp target/dossier.jar:target/test-classes app.dossier.bench.ImportDump CASE OUT-PREFIX</pre>
 * writes OUT-PREFIX.tables, OUT-PREFIX.index and OUT-PREFIX.search.
 */
public final class ImportDump {
    private static final List<String> TABLES = List.of(
            "SELECT * FROM originals ORDER BY id",
            "SELECT * FROM original_sources ORDER BY id",
            "SELECT * FROM messages ORDER BY id",
            "SELECT * FROM message_originals ORDER BY message_id, original_id",
            "SELECT * FROM attachments ORDER BY message_id, ordinal",
            "SELECT * FROM notes ORDER BY id",
            "SELECT * FROM import_failures ORDER BY id");
    /** Columns that hold the time of the import run, not anything read from the sources. */
    private static final Set<String> CLOCK_COLUMNS = Set.of("IMPORTED_AT", "OCCURRED_AT@IMPORT_FAILURES");
    private static final List<String> QUERIES = List.of("report", "meeting invoice", "\"project deadline\"",
            "Rechnung", "Grüße", "server -backup", "approv*", "customer|Termin", "groesse", "2026");

    private ImportDump() {
    }

    public static void main(String[] args) throws Exception {
        Path caseDir = Path.of(args[0]);
        String out = args[1];
        try (CaseStore store = TestCases.open(caseDir)) {
            try (PrintWriter w = writer(out + ".tables")) {
                store.read(c -> {
                    try (Statement s = c.createStatement()) {
                        for (String sql : TABLES) {
                            dumpTable(s, sql, w);
                        }
                    }
                    return null;
                });
            }
            MessageSearch search = new MessageSearch(store);
            try (PrintWriter w = writer(out + ".search")) {
                for (String q : QUERIES) {
                    List<SearchHit> hits = search.search(q, 500);
                    w.println("query " + q + ": " + hits.size());
                    for (SearchHit h : hits) {
                        w.println(h.kind() + " " + h.id() + " " + h.score());
                    }
                }
            }
        }
        try (FSDirectory dir = FSDirectory.open(caseDir.resolve("index"));
             DirectoryReader reader = DirectoryReader.open(dir);
             PrintWriter w = writer(out + ".index")) {
            dumpIndex(reader, w);
        }
    }

    private static PrintWriter writer(String file) throws IOException {
        return new PrintWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8));
    }

    private static void dumpTable(Statement s, String sql, PrintWriter w) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            String table = meta.getTableName(1);
            w.println("== " + table);
            long rows = 0;
            while (rs.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnName(i);
                    if (CLOCK_COLUMNS.contains(column) || CLOCK_COLUMNS.contains(column + "@" + table)) {
                        continue;
                    }
                    Object value = rs.getObject(i);
                    line.append(column).append('=');
                    if (value instanceof byte[] bytes) {
                        line.append("sha256:").append(sha256(bytes)).append('/').append(bytes.length);
                    } else if (value instanceof java.sql.Blob blob) {
                        line.append("sha256:").append(sha256(blob.getBytes(1, (int) blob.length())));
                    } else {
                        line.append(String.valueOf(value).replace("\\", "\\\\").replace("\n", "\\n")
                                .replace("\r", "\\r"));
                    }
                    line.append('\t');
                }
                w.println(line);
                rows++;
            }
            w.println("-- " + rows + " rows");
        }
    }

    /**
     * Terms in order, each with its document count and a SHA-256 of its postings as (kind+id,
     * frequency, positions) sorted by kind+id; the date of every document.
     */
    private static void dumpIndex(DirectoryReader reader, PrintWriter w) throws IOException {
        w.println("documents " + reader.numDocs() + " deleted " + reader.numDeletedDocs());
        String[] keys = new String[reader.maxDoc()];
        java.util.TreeMap<String, Long> dates = new java.util.TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            StoredFields stored = r.storedFields();
            for (int d = 0; d < r.maxDoc(); d++) {
                var doc = stored.document(d);
                keys[leaf.docBase + d] = doc.get("kind") + doc.getField("id").numericValue().longValue();
            }
            NumericDocValues date = r.getNumericDocValues("date");
            for (int d = date == null ? DocIdSetIterator.NO_MORE_DOCS : date.nextDoc();
                 d != DocIdSetIterator.NO_MORE_DOCS; d = date.nextDoc()) {
                dates.put(keys[leaf.docBase + d], date.longValue());
            }
        }
        dates.forEach((k, v) -> w.println("date " + k + " " + v));
        for (String field : List.of("key", "text")) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            BytesRef term;
            PostingsEnum pe = null;
            while ((term = te.next()) != null) {
                java.util.TreeMap<String, String> perDoc = new java.util.TreeMap<>();
                pe = te.postings(pe, PostingsEnum.POSITIONS);
                while (pe.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                    StringBuilder p = new StringBuilder().append(pe.freq()).append('@');
                    for (int i = 0; i < pe.freq(); i++) {
                        p.append(pe.nextPosition()).append(',');
                    }
                    perDoc.put(keys[pe.docID()], p.toString());
                }
                StringBuilder all = new StringBuilder();
                perDoc.forEach((k, v) -> all.append(k).append('=').append(v).append(' '));
                w.println(field + ":" + term.utf8ToString() + " " + perDoc.size() + " "
                        + sha256(all.toString().getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
