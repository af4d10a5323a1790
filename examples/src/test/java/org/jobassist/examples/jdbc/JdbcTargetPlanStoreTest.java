package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.TargetPlanStore;
import org.jobassist.testkit.spi.TargetPlanStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link TargetPlanStoreContract} on {@link JdbcTargetPlanStore}, on H2 (subclassed for PostgreSQL). */
class JdbcTargetPlanStoreTest extends TargetPlanStoreContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected TargetPlanStore createStore() {
        return databases.open(backend()).targetPlans();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
