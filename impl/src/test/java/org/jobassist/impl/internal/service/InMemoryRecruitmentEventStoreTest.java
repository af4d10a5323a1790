package org.jobassist.impl.internal.service;

import org.jobassist.api.spi.RecruitmentEventStore;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.RecruitmentEventStoreContract;

/** The contract kit against the in-memory RecruitmentEvent store. */
class InMemoryRecruitmentEventStoreTest extends RecruitmentEventStoreContract {

    @Override
    protected RecruitmentEventStore createStore() {
        return InMemoryStores.recruitmentEvents();
    }
}
