package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcOutcomeStore} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcOutcomeStorePostgresTest extends JdbcOutcomeStoreTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
