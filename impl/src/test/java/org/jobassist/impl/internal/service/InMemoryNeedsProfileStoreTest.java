package org.jobassist.impl.internal.service;

import org.jobassist.api.spi.NeedsProfileStore;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.NeedsProfileStoreContract;

/** The contract kit against the in-memory NeedsProfile store. */
class InMemoryNeedsProfileStoreTest extends NeedsProfileStoreContract {

    @Override
    protected NeedsProfileStore createStore() {
        return InMemoryStores.needsProfiles();
    }
}
