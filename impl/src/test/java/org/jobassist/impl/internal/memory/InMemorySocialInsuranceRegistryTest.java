package org.jobassist.impl.internal.memory;

import org.jobassist.api.spi.SocialInsuranceRegistry;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.SocialInsuranceRegistryContract;

class InMemorySocialInsuranceRegistryTest extends SocialInsuranceRegistryContract {

    @Override
    protected SocialInsuranceRegistry createRegistry() {
        return InMemoryStores.socialInsurance();
    }
}
