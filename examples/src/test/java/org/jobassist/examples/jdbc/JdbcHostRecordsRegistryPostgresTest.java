package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcHostRecordsRegistry} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcHostRecordsRegistryPostgresTest extends JdbcHostRecordsRegistryTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
