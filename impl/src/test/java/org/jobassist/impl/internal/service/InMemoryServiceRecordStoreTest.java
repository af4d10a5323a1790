package org.jobassist.impl.internal.service;

import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.ServiceRecordStoreContract;

/** The contract kit against the in-memory ServiceRecord store. */
class InMemoryServiceRecordStoreTest extends ServiceRecordStoreContract {

    @Override
    protected ServiceRecordStore createStore() {
        return InMemoryStores.serviceRecords();
    }
}
