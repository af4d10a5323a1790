package org.jobassist.examples.jdbc;

/** {@link JdbcAuditSink} on PostgreSQL; skipped, with the reason, when there is none. */
class JdbcAuditSinkPostgresTest extends JdbcAuditSinkTest {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
