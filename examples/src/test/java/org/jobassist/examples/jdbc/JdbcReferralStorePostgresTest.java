package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcReferralStore} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcReferralStorePostgresTest extends JdbcReferralStoreTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
