package org.jobassist.impl.internal.memory;

import org.jobassist.api.spi.ZeroEmploymentCaseStore;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.ZeroEmploymentCaseStoreContract;

class InMemoryZeroEmploymentCaseStoreTest extends ZeroEmploymentCaseStoreContract {

    @Override
    protected ZeroEmploymentCaseStore createStore() {
        return InMemoryStores.zeroEmploymentCases();
    }
}
