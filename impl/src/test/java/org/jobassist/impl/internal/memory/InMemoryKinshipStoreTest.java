package org.jobassist.impl.internal.memory;

import org.jobassist.api.spi.KinshipStore;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.KinshipStoreContract;

class InMemoryKinshipStoreTest extends KinshipStoreContract {

    @Override
    protected KinshipStore createStore() {
        return InMemoryStores.kinship();
    }
}
