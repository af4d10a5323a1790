package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcSocialInsuranceRegistry} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcSocialInsuranceRegistryPostgresTest extends JdbcSocialInsuranceRegistryTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
