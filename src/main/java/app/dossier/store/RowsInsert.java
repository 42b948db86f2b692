package app.dossier.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of one table collected during a batch and inserted at its end with multi-row INSERTs.
 * H2 ends a statement with bookkeeping over every map the transaction touched; one statement per
 * {@value #ROWS_PER_STATEMENT} rows instead of one per row takes that off the single writer
 * thread (docs/decisions/0036-import-pipeline-speed.md). The rows are the same as one by one.
 */
final class RowsInsert {
    static final int ROWS_PER_STATEMENT = 100;

    private final String head;
    private final String tuple;
    private final int columns;
    private final List<Object[]> rows = new ArrayList<>();

    /** {@code table (col, ...)} as in an INSERT. */
    RowsInsert(String table, List<String> columns) {
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.tuple = "(" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        this.columns = columns.size();
    }

    /** Queues one row; values are Long, Integer or String, in the column order. */
    void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(values.length + " values for " + columns + " columns");
        }
        rows.add(values);
    }

    /** The queued rows, oldest first (read-only view). */
    List<Object[]> pending() {
        return java.util.Collections.unmodifiableList(rows);
    }

    /** Inserts the queued rows in their order and forgets them. */
    void flush(Connection c) throws SQLException {
        int done = 0;
        PreparedStatement full = null;
        try {
            while (done < rows.size()) {
                int n = Math.min(ROWS_PER_STATEMENT, rows.size() - done);
                PreparedStatement st;
                if (n == ROWS_PER_STATEMENT) {
                    if (full == null) {
                        full = c.prepareStatement(sql(n));
                    }
                    st = full;
                } else {
                    st = c.prepareStatement(sql(n));
                }
                try {
                    int p = 1;
                    for (int r = done; r < done + n; r++) {
                        for (Object v : rows.get(r)) {
                            st.setObject(p++, v);
                        }
                    }
                    st.executeUpdate();
                } finally {
                    if (st != full) {
                        st.close();
                    }
                }
                done += n;
            }
        } finally {
            if (full != null) {
                full.close();
            }
            rows.clear();
        }
    }

    private String sql(int n) {
        StringBuilder sb = new StringBuilder(head.length() + n * (tuple.length() + 2));
        sb.append(head);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(tuple);
        }
        return sb.toString();
    }
}
