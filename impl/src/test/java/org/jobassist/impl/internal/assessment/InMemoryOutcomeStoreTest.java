package org.jobassist.impl.internal.assessment;

import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.OutcomeStoreContract;

/** The contract kit against the in-memory column outcome store. */
class InMemoryOutcomeStoreTest extends OutcomeStoreContract {

    @Override
    protected OutcomeStore createStore() {
        return InMemoryStores.outcomes();
    }
}
