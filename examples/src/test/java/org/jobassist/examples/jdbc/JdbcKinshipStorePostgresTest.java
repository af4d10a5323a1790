package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcKinshipStore} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcKinshipStorePostgresTest extends JdbcKinshipStoreTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
