package org.jobassist.examples.jdbc;

/** The change feed of the JDBC stores on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcChangeFeedPostgresTest extends JdbcChangeFeedTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
