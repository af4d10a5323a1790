package org.jobassist.impl.internal.assessment;

import org.jobassist.api.spi.TargetPlanStore;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.TargetPlanStoreContract;

/** The contract kit against the in-memory target-plan store. */
class InMemoryTargetPlanStoreTest extends TargetPlanStoreContract {

    @Override
    protected TargetPlanStore createStore() {
        return InMemoryStores.targetPlans();
    }
}
