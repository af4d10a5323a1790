package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.SocialInsuranceRegistry;
import org.jobassist.testkit.spi.SocialInsuranceRegistryContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link SocialInsuranceRegistryContract} on {@link JdbcSocialInsuranceRegistry}, on H2 (subclassed for PostgreSQL). */
class JdbcSocialInsuranceRegistryTest extends SocialInsuranceRegistryContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected SocialInsuranceRegistry createRegistry() {
        return databases.open(backend()).socialInsurance();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
