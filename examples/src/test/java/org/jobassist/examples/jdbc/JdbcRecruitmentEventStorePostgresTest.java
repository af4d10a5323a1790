package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcRecruitmentEventStore} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcRecruitmentEventStorePostgresTest extends JdbcRecruitmentEventStoreTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
