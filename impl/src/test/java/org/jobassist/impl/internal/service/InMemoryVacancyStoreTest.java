package org.jobassist.impl.internal.service;

import org.jobassist.api.spi.VacancyStore;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.VacancyStoreContract;

/** The contract kit against the in-memory Vacancy store. */
class InMemoryVacancyStoreTest extends VacancyStoreContract {

    @Override
    protected VacancyStore createStore() {
        return InMemoryStores.vacancies();
    }
}
