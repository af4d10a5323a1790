package org.jobassist.examples.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.spi.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's access to one database: a tiny pool of JDBC connections opened with
 * {@link DriverManager}, and the two ways the stores use them, a transaction that is retried
 * when the database reports a conflict between concurrent writers, and a plain read.
 *
 * <p>Concurrency lives in the database, never in Java locks: writers serialise on unique keys
 * and row locks ({@code SELECT ... FOR UPDATE}); when the database resolves a race by failing
 * one writer (a unique violation, a serialisation failure, a deadlock, a lock timeout), the
 * whole transaction is rolled back and run again from the start, so it decides on fresh rows.
 * Every other failure becomes a {@link StorageException} after the rollback.
 *
 * <p>Logs carry the operation's name and the SQLState only, never a value: rows hold
 * personal data.
 *
 * <p>Thread-safe.
 */
final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /**
     * SQLStates that mean "a concurrent writer won, try again": unique violation, serialisation
     * failure (also H2's deadlock), PostgreSQL's deadlock, H2's lock timeout and concurrent
     * update.
     */
    private static final Set<String> RETRY = Set.of("23505", "40001", "40P01", "HYT00", "90131");
    private static final int ATTEMPTS = 50;
    private static final int IDLE_MAX = 16;

    private final String url;
    private final String user;
    private final String password;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A unit of work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        /**
         * Does the work.
         *
         * @param c the connection
         * @return the result
         * @throws SQLException when the database fails
         */
        T run(Connection c) throws SQLException;
    }

    Database(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "url");
        this.user = user;
        this.password = password;
    }

    /**
     * Runs {@code work} in one transaction, committing when it returns and rolling back when
     * it throws; runs it again after a rollback caused by a concurrent writer.
     *
     * @param what the operation's name, for logs and messages
     * @param work the work; it may throw unchecked exceptions (bad input, stale versions),
     *     which roll back and propagate unchanged
     * @return the work's result
     * @throws StorageException if the database fails, or the conflicts do not end
     */
    <T> T inTransaction(String what, Work<T> work) {
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Connection c = borrow(what);
            boolean healthy = true;
            try {
                c.setAutoCommit(false);
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                healthy = rollback(c);
                if (!isRetryable(e)) {
                    LOG.warn("{} failed with SQLState {}", what, e.getSQLState());
                    throw new StorageException(what + " failed (SQLState " + e.getSQLState() + ")", scrubbed(e));
                }
                last = scrubbed(e);
                LOG.debug("{}: conflict with a concurrent writer (SQLState {}), attempt {}", what, e.getSQLState(),
                        attempt);
                pause(attempt);
            } catch (RuntimeException | Error e) {
                healthy = rollback(c);
                throw e;
            } finally {
                release(c, healthy);
            }
        }
        throw new StorageException(what + " kept conflicting with concurrent writers", last);
    }

    /**
     * Runs {@code work} on a connection in auto-commit mode: each statement sees one
     * committed state of the database.
     *
     * @param what the operation's name
     * @param work the work
     * @return the result
     * @throws StorageException if the database fails
     */
    <T> T read(String what, Work<T> work) {
        Connection c = borrow(what);
        boolean healthy = true;
        try {
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException e) {
            healthy = false;
            LOG.warn("{} failed with SQLState {}", what, e.getSQLState());
            throw new StorageException(what + " failed (SQLState " + e.getSQLState() + ")", scrubbed(e));
        } finally {
            release(c, healthy);
        }
    }

    /**
     * The driver's exception without its message, which may quote the statement's values
     * (an ID number in a unique violation): the SQLState, vendor code and stack trace stay for
     * diagnosis, so that a host logging a {@link StorageException} with its cause logs nothing
     * personal.
     */
    static SQLException scrubbed(SQLException e) {
        SQLException s = new SQLException("SQLState " + e.getSQLState() + ", vendor code " + e.getErrorCode()
                + " (the driver's message is withheld: it may quote personal data)", e.getSQLState(), e.getErrorCode());
        s.setStackTrace(e.getStackTrace());
        return s;
    }

    static boolean isRetryable(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && RETRY.contains(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is a unique-key violation. */
    static boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 2 + Math.min(attempt, 10) * 3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while retrying a write", e);
        }
    }

    private Connection borrow(String what) {
        if (closed.get()) {
            throw new IllegalStateException("the stores are closed");
        }
        Connection c = idle.pollFirst();
        if (c != null) {
            idleCount.decrementAndGet();
            return c;
        }
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            LOG.warn("{}: cannot connect, SQLState {}", what, e.getSQLState());
            throw new StorageException(what + ": cannot connect (SQLState " + e.getSQLState() + ")", scrubbed(e));
        }
    }

    private void release(Connection c, boolean healthy) {
        if (healthy && !closed.get()) {
            if (idleCount.incrementAndGet() <= IDLE_MAX) {
                idle.addFirst(c);
                if (closed.get()) {
                    // close() ran meanwhile and may have missed this connection.
                    drain();
                }
                return;
            }
            idleCount.decrementAndGet();
        }
        closeQuietly(c);
    }

    private static boolean rollback(Connection c) {
        try {
            c.rollback();
            return true;
        } catch (SQLException e) {
            LOG.debug("rollback failed with SQLState {}", e.getSQLState());
            return false;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing a connection failed with SQLState {}", e.getSQLState());
        }
    }

    /** Closes the idle connections; later calls fail. */
    @Override
    public void close() {
        closed.set(true);
        drain();
    }

    private void drain() {
        for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
            closeQuietly(c);
        }
    }
}
