package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.NeedsProfileStore;
import org.jobassist.testkit.spi.NeedsProfileStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link NeedsProfileStoreContract} on {@link JdbcNeedsProfileStore}, on H2 (subclassed for PostgreSQL). */
class JdbcNeedsProfileStoreTest extends NeedsProfileStoreContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected NeedsProfileStore createStore() {
        return databases.open(backend()).needsProfiles();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
