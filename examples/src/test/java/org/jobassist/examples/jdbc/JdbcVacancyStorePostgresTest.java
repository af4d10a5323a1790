package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcVacancyStore} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcVacancyStorePostgresTest extends JdbcVacancyStoreTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
