package org.jobassist.examples.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/** The databases the contract kits run on; each {@link #fresh} is a new, empty database. */
enum Backend {
    /** H2 in memory, always available. */
    H2 {
        @Override
        Opened fresh() {
            JdbcStores stores = JdbcStores.h2InMemory("kit" + COUNTER.incrementAndGet());
            return new Opened(stores, () -> { });
        }
    },
    /** PostgreSQL: the server of {@code JOBASSIST_PG_URL}, or one started for the tests. */
    POSTGRES {
        @Override
        Opened fresh() {
            Postgres.Server server = Postgres.server();
            Assumptions.assumeTrue(server != null, () -> "PostgreSQL not available: " + Postgres.reason());
            String schema = "kit" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
            execute(server, "CREATE SCHEMA " + schema);
            String url = server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
            JdbcStores stores = JdbcStores.open(url, server.user(), server.password());
            return new Opened(stores, () -> execute(server, "DROP SCHEMA " + schema + " CASCADE"));
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /**
     * A new, empty database with the adapter's schema.
     *
     * @return the opened stores and how to drop the database
     */
    abstract Opened fresh();

    /** Opened stores and the step that drops their database after {@link JdbcStores#close()}. */
    record Opened(JdbcStores stores, Runnable drop) {
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
