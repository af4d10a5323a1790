package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcDisabledPersonsFederationRegistry} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcDisabledPersonsFederationRegistryPostgresTest extends JdbcDisabledPersonsFederationRegistryTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
