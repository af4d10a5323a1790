package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.testkit.spi.OutcomeStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link OutcomeStoreContract} on {@link JdbcOutcomeStore}, on H2 (subclassed for PostgreSQL). */
class JdbcOutcomeStoreTest extends OutcomeStoreContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected OutcomeStore createStore() {
        return databases.open(backend()).outcomes();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
