package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.model.ItemFormat;
import app.dossier.model.SourceKind;
import app.dossier.model.SourceRef;
import app.dossier.testing.TestCases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source rows are inserted at the end of their batch (RowsInsert): a place read twice within one
 * batch, or again in a later one, must still be recorded once, and more rows than one multi-row
 * statement holds must all arrive, in order.
 */
class QueuedSourceRowsTest {
    @TempDir
    Path temp;

    private static ImportItem evidence(String text, long offset) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new ImportItem(bytes, sha256(bytes), ItemFormat.CONTAINER,
                new SourceRef(SourceKind.MBOX, "/mail/box.mbox", offset, -1, ""), new ImportItem.Evidence(), null);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPlaceQueuedInTheSameBatchOrStoredBeforeIsRecordedOnce() {
        try (CaseStore store = TestCases.create(temp.resolve("c"))) {
            try (ImportWriter writer = new ImportWriter(store, Clock.systemUTC())) {
                writer.write(List.of(evidence("one", 0), evidence("one", 0), evidence("one", 70)), List.of());
                writer.write(List.of(evidence("one", 70), evidence("one", 140)), List.of());
            }
            assertThat(sources(store)).containsExactly("0", "70", "140");
        }
    }

    @Test
    void moreRowsThanOneStatementHoldsAllArriveInOrder() {
        int n = RowsInsert.ROWS_PER_STATEMENT * 2 + 7;
        List<ImportItem> items = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(evidence("item " + i, i * 100L));
            expected.add(Long.toString(i * 100L));
        }
        try (CaseStore store = TestCases.create(temp.resolve("c"))) {
            try (ImportWriter writer = new ImportWriter(store, Clock.systemUTC())) {
                writer.write(items, List.of());
            }
            assertThat(sources(store)).containsExactlyElementsOf(expected);
        }
    }

    private static List<String> sources(CaseStore store) {
        return store.read(c -> {
            List<String> offsets = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT byte_offset FROM original_sources ORDER BY id")) {
                while (rs.next()) {
                    offsets.add(rs.getString(1));
                }
            }
            return offsets;
        });
    }
}
