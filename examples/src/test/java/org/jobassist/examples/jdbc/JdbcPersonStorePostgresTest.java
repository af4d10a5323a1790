package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcPersonStore} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcPersonStorePostgresTest extends JdbcPersonStoreTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
