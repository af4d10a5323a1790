package org.jobassist.impl.internal.memory;

import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.HouseholdStoreContract;

class InMemoryHouseholdStoreTest extends HouseholdStoreContract {

    @Override
    protected HouseholdStore createStore() {
        return InMemoryStores.households();
    }
}
