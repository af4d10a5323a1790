package org.jobassist.examples.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/** The databases the contract kits run on; each {@link #fresh} is a new, empty database. */
enum Backend {
    /** H2 in memory, always available. */
    H2 {
        @Override
        Opened fresh() {
            String name = "kit" + COUNTER.incrementAndGet();
            JdbcStores stores = JdbcStores.h2InMemory(name);
            return new Opened(stores, () -> { }, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
    },
    /** PostgreSQL: the server of {@code JOBASSIST_PG_URL}, or one started for the tests. */
    POSTGRES {
        @Override
        Opened fresh() {
            Postgres.Server server = Postgres.server();
            Assumptions.assumeTrue(server != null, () -> "PostgreSQL not available: " + Postgres.reason());
            String schema = IDLE_SCHEMAS.poll();
            if (schema == null) {
                schema = "kit" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
                execute(server, "CREATE SCHEMA " + schema);
                dropAtExit(server, schema);
            }
            String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            JdbcStores stores = JdbcStores.open(url, server.user(), server.password());
            String used = schema;
            return new Opened(stores, () -> {
                empty(server, used);
                IDLE_SCHEMAS.add(used);
            }, url, server.user(), server.password());
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();
    /**
     * Migrated schemas emptied by earlier tests: creating a schema and its tables costs far more
     * on PostgreSQL than deleting a test's few rows, and the migration of a reused schema is the
     * no-op an opening of a current database is.
     */
    private static final ConcurrentLinkedQueue<String> IDLE_SCHEMAS = new ConcurrentLinkedQueue<>();

    /** Deletes every row the stores wrote, leaving the schema as a fresh migration makes it. */
    private static void empty(Postgres.Server server, String schema) {
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema + "' AND table_name NOT IN ('schema_version', 'store_lock')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                s.addBatch("DELETE FROM " + schema + "." + t);
            }
            s.addBatch("UPDATE " + schema + ".store_lock SET counter = 0");
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty a test schema", e);
        }
    }

    private static void dropAtExit(Postgres.Server server, String schema) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(server, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (RuntimeException e) {
                // The server may be stopping too (its own hook); a throw-away server needs no cleaning.
            }
        }));
    }

    /**
     * A new, empty database with the adapter's schema.
     *
     * @return the opened stores and how to drop the database
     */
    abstract Opened fresh();

    /**
     * Opened stores, the step that drops their database after {@link JdbcStores#close()}, and
     * how to reach the database directly (a test's own connection).
     */
    record Opened(JdbcStores stores, Runnable drop, String url, String user, String password) {
        /** A new connection of the test's own to the database; the caller closes it. */
        java.sql.Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        void close() {
            try {
                stores.close();
            } finally {
                drop.run();
            }
        }
    }

    static void execute(Postgres.Server server, String sql) {
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), server.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused " + sql, e);
        }
    }
}
