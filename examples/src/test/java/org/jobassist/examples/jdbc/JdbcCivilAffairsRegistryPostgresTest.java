package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcCivilAffairsRegistry} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcCivilAffairsRegistryPostgresTest extends JdbcCivilAffairsRegistryTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
