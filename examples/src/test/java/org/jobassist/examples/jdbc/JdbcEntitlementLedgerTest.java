package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.testkit.spi.EntitlementLedgerContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link EntitlementLedgerContract} on {@link JdbcEntitlementLedger}, on H2 (subclassed for PostgreSQL). */
class JdbcEntitlementLedgerTest extends EntitlementLedgerContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected EntitlementLedger createLedger(LedgerRules rules) {
        return databases.open(backend()).ledger(rules);
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
