package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.testkit.spi.HouseholdStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link HouseholdStoreContract} on {@link JdbcHouseholdStore}, on H2 (subclassed for PostgreSQL). */
class JdbcHouseholdStoreTest extends HouseholdStoreContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected HouseholdStore createStore() {
        return databases.open(backend()).households();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
