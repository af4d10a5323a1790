package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.ReferralStore;
import org.jobassist.testkit.spi.ReferralStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link ReferralStoreContract} on {@link JdbcReferralStore}, on H2 (subclassed for PostgreSQL). */
class JdbcReferralStoreTest extends ReferralStoreContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected ReferralStore createStore() {
        return databases.open(backend()).referrals();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
