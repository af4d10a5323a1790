package org.jobassist.examples.jdbc;

/** {@link JdbcReminderSink} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcReminderSinkPostgresTest extends JdbcReminderSinkTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
