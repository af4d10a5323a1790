package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.testkit.spi.ServiceRecordStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link ServiceRecordStoreContract} on {@link JdbcServiceRecordStore}, on H2 (subclassed for PostgreSQL). */
class JdbcServiceRecordStoreTest extends ServiceRecordStoreContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected ServiceRecordStore createStore() {
        return databases.open(backend()).serviceRecords();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
