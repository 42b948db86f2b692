package app.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.dossier.testing.TestCases;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V9: every row an import writes pays for each index of its table, so no table keeps two indexes
 * over the same columns (V1 had declared two beside the ones H2 makes for foreign keys).
 */
class NoDuplicateIndexesTest {
    @TempDir
    Path temp;

    @Test
    void noTableHasTwoIndexesOverTheSameColumns() {
        try (CaseStore store = TestCases.create(temp.resolve("c"))) {
            Map<String, List<String>> columnsByIndex = store.read(c -> {
                Map<String, List<String>> byIndex = new LinkedHashMap<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM "
                             + "INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                             + "ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION")) {
                    while (rs.next()) {
                        byIndex.computeIfAbsent(rs.getString(1) + "." + rs.getString(2), k -> new ArrayList<>())
                                .add(rs.getString(3));
                    }
                }
                return byIndex;
            });
            assertThat(columnsByIndex).containsKey("ORIGINAL_SOURCES.CONSTRAINT_INDEX_C");
            Map<String, String> seen = new LinkedHashMap<>();
            List<String> duplicates = new ArrayList<>();
            columnsByIndex.forEach((index, columns) -> {
                String table = index.substring(0, index.indexOf('.'));
                String other = seen.putIfAbsent(table + columns, index);
                if (other != null) {
                    duplicates.add(other + " = " + index + " " + columns);
                }
            });
            assertThat(duplicates).isEmpty();
        }
    }
}
