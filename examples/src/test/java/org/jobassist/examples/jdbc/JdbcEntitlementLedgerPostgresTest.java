package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcEntitlementLedger} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcEntitlementLedgerPostgresTest extends JdbcEntitlementLedgerTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
