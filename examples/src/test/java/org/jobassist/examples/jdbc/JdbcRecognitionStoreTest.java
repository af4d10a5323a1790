package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.testkit.spi.RecognitionStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link RecognitionStoreContract} on {@link JdbcRecognitionStore}, on H2 (subclassed for PostgreSQL). */
class JdbcRecognitionStoreTest extends RecognitionStoreContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected RecognitionStore createStore() {
        return databases.open(backend()).recognitions();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
