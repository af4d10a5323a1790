package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcServiceRecordStore} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcServiceRecordStorePostgresTest extends JdbcServiceRecordStoreTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
