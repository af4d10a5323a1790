package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcRuralRevitalisationRegistry} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcRuralRevitalisationRegistryPostgresTest extends JdbcRuralRevitalisationRegistryTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
