package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.RecruitmentEventStore;
import org.jobassist.testkit.spi.RecruitmentEventStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link RecruitmentEventStoreContract} on {@link JdbcRecruitmentEventStore}, on H2 (subclassed for PostgreSQL). */
class JdbcRecruitmentEventStoreTest extends RecruitmentEventStoreContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected RecruitmentEventStore createStore() {
        return databases.open(backend()).recruitmentEvents();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
