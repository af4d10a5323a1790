package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.KinshipStore;
import org.jobassist.testkit.spi.KinshipStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link KinshipStoreContract} on {@link JdbcKinshipStore}, on H2 (subclassed for PostgreSQL). */
class JdbcKinshipStoreTest extends KinshipStoreContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected KinshipStore createStore() {
        return databases.open(backend()).kinship();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
