package app.dossier.store;

import app.dossier.model.CaseException;
import app.dossier.model.CaseProblem;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * An open case: a small pool of connections to its H2 database. Every write goes through
 * {@link #inTransaction}, so a failure half-way leaves the case as it was.
 */
public final class CaseStore implements AutoCloseable {
    private final CaseDirectory directory;
    private final boolean encrypted;
    private final JdbcConnectionPool pool;
    private final java.util.concurrent.locks.ReentrantLock importLock = new java.util.concurrent.locks.ReentrantLock();
    private SearchIndex searchIndex;
    /** Once closed, nothing reopens the index: a late writer fails instead of leaving a lock behind. */
    private volatile boolean closed;

    CaseStore(CaseDirectory directory, boolean encrypted, JdbcConnectionPool pool) {
        this.directory = directory;
        this.encrypted = encrypted;
        this.pool = pool;
    }

    public CaseDirectory directory() {
        return directory;
    }

    public boolean encrypted() {
        return encrypted;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        if (closed) {
            throw new CaseException(CaseProblem.STORAGE, directory.path(), "the case is closed");
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CaseException(CaseProblem.STORAGE, directory.path(), e.getMessage(), e);
        }
    }

    /** Held by the one writer of originals in this process; other processes are kept out by H2's file lock. */
    java.util.concurrent.locks.ReentrantLock importLock() {
        return importLock;
    }

    /** For Flyway, which manages its own transactions. */
    javax.sql.DataSource dataSource() {
        return pool;
    }

    /** Runs read-only {@code work} on a consistent snapshot. */
    public <T> T read(SqlWork<T> work) {
        return inTransaction(work);
    }

    /** The case's full-text index, opened on first use. */
    synchronized SearchIndex searchIndex() {
        if (closed) {
            throw new CaseException(CaseProblem.STORAGE, directory.path(), "the case is closed");
        }
        if (searchIndex == null) {
            try {
                searchIndex = SearchIndex.open(directory, encrypted);
            } catch (java.io.IOException e) {
                throw new CaseException(CaseProblem.STORAGE, directory.path(), "search index: " + e.getMessage(), e);
            }
        }
        return searchIndex;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (searchIndex != null) {
                searchIndex.close();
                searchIndex = null;
            }
        }
        // Disposing the pool closes idle connections; the last one closing shuts H2 down
        // cleanly, which compacts nothing and leaves the file ready to copy.
        pool.dispose();
    }
}
