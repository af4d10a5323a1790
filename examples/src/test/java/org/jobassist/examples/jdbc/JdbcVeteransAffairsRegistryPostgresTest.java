package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcVeteransAffairsRegistry} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcVeteransAffairsRegistryPostgresTest extends JdbcVeteransAffairsRegistryTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
