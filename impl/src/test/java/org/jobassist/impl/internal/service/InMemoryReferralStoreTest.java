package org.jobassist.impl.internal.service;

import org.jobassist.api.spi.ReferralStore;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.ReferralStoreContract;

/** The contract kit against the in-memory Referral store. */
class InMemoryReferralStoreTest extends ReferralStoreContract {

    @Override
    protected ReferralStore createStore() {
        return InMemoryStores.referrals();
    }
}
