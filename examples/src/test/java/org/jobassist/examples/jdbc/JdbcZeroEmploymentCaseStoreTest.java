package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.ZeroEmploymentCaseStore;
import org.jobassist.testkit.spi.ZeroEmploymentCaseStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link ZeroEmploymentCaseStoreContract} on {@link JdbcZeroEmploymentCaseStore}, on H2 (subclassed for PostgreSQL). */
class JdbcZeroEmploymentCaseStoreTest extends ZeroEmploymentCaseStoreContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected ZeroEmploymentCaseStore createStore() {
        return databases.open(backend()).zeroEmploymentCases();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
