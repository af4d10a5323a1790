package org.jobassist.impl.internal.memory;

import org.jobassist.api.spi.EvidenceRegistry;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.EvidenceRegistryContract;

class InMemoryHostRecordsRegistryTest extends EvidenceRegistryContract {

    @Override
    protected EvidenceRegistry createRegistry() {
        return InMemoryStores.hostRecords();
    }
}
