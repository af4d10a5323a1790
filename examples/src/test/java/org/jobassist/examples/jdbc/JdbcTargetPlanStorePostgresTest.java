package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcTargetPlanStore} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcTargetPlanStorePostgresTest extends JdbcTargetPlanStoreTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
