package org.jobassist.examples.jdbc;

/** The contract kit on {@link JdbcRecognitionStore} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcRecognitionStorePostgresTest extends JdbcRecognitionStoreTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
