package org.jobassist.impl.internal.memory;

import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.RecognitionStoreContract;

/** The contract kit against the in-memory recognition store. */
class InMemoryRecognitionStoreTest extends RecognitionStoreContract {

    @Override
    protected RecognitionStore createStore() {
        return InMemoryStores.recognitions();
    }
}
