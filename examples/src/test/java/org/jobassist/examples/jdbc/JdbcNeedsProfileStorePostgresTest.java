package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcNeedsProfileStore} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcNeedsProfileStorePostgresTest extends JdbcNeedsProfileStoreTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
