package org.jobassist.examples.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * Stores on a database of their own, and the step that makes that database disappear under
 * them (H2: {@code SHUTDOWN}; PostgreSQL: {@code DROP DATABASE ... WITH (FORCE)}), for tests
 * of what a store does when its database is gone.
 */
final class Doomed implements AutoCloseable {

    private static int counter;

    private final JdbcStores stores;
    private final Runnable kill;
    private final Runnable cleanUp;

    private Doomed(JdbcStores stores, Runnable kill, Runnable cleanUp) {
        this.stores = stores;
        this.kill = kill;
        this.cleanUp = cleanUp;
    }

    private static synchronized String nextName() {
        return "doomed" + ProcessHandle.current().pid() + "_" + (++counter);
    }

    /** A new database on {@code backend}; skipped when PostgreSQL is not available. */
    static Doomed open(Backend backend) {
        String name = nextName();
        if (backend == Backend.H2) {
            String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
            return new Doomed(JdbcStores.h2InMemory(name), () -> run(url, "sa", "", "SHUTDOWN"), () -> { });
        }
        Postgres.Server server = Postgres.server();
        Assumptions.assumeTrue(server != null, () -> "PostgreSQL not available: " + Postgres.reason());
        Backend.execute(server, "CREATE DATABASE " + name);
        String base = server.url();
        int query = base.indexOf('?');
        String path = query < 0 ? base : base.substring(0, query);
        String url = path.substring(0, path.lastIndexOf('/') + 1) + name + (query < 0 ? "" : base.substring(query));
        Runnable drop = () -> Backend.execute(server, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        try {
            return new Doomed(JdbcStores.open(url, server.user(), server.password()), drop, drop);
        } catch (RuntimeException e) {
            drop.run();
            throw e;
        }
    }

    private static void run(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }

    JdbcStores stores() {
        return stores;
    }

    /** Makes the database disappear; the stores' pooled connections die with it. */
    void kill() {
        kill.run();
    }

    @Override
    public void close() {
        try {
            stores.close();
        } catch (RuntimeException e) {
            // The database is gone: shutting it down again may fail, which is what was wanted.
        } finally {
            cleanUp.run();
        }
    }
}
