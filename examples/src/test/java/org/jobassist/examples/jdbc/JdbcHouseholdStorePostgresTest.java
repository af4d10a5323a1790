package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcHouseholdStore} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcHouseholdStorePostgresTest extends JdbcHouseholdStoreTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
