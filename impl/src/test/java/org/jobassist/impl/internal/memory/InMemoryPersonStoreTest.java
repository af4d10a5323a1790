package org.jobassist.impl.internal.memory;

import org.jobassist.api.spi.PersonStore;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.PersonStoreContract;

/** The contract kit against the in-memory person store. */
class InMemoryPersonStoreTest extends PersonStoreContract {

    @Override
    protected PersonStore createStore() {
        return InMemoryStores.people();
    }
}
