package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.PersonStore;
import org.jobassist.testkit.spi.PersonStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link PersonStoreContract} on {@link JdbcPersonStore}, on H2 (subclassed for PostgreSQL). */
class JdbcPersonStoreTest extends PersonStoreContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected PersonStore createStore() {
        return databases.open(backend()).people();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
