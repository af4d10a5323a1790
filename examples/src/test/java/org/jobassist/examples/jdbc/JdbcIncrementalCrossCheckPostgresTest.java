package org.jobassist.examples.jdbc;

/** The incremental cross-check on the JDBC stores on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcIncrementalCrossCheckPostgresTest extends JdbcIncrementalCrossCheckTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
