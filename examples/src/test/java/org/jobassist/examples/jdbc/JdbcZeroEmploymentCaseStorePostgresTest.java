package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcZeroEmploymentCaseStore} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcZeroEmploymentCaseStorePostgresTest extends JdbcZeroEmploymentCaseStoreTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
