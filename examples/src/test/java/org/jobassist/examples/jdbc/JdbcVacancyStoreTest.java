package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.VacancyStore;
import org.jobassist.testkit.spi.VacancyStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link VacancyStoreContract} on {@link JdbcVacancyStore}, on H2 (subclassed for PostgreSQL). */
class JdbcVacancyStoreTest extends VacancyStoreContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected VacancyStore createStore() {
        return databases.open(backend()).vacancies();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
