package org.jobassist.examples.jdbc;

import java.sql.PreparedStatement;
import java.util.Objects;
import java.util.function.Consumer;
import org.jobassist.api.query.AuditEvent;
import org.jobassist.api.spi.AuditSink;
import org.jobassist.api.spi.StorageException;

/**
 * {@link AuditSink} over the append-only table {@code audit_event} (查询审计): one row per
 * event, written and committed in its own transaction before {@link #record} returns.
 *
 * <p>What is stored is what the {@link AuditEvent} holds, no more: the user id, the time, the
 * scope's division, the query's kind, the subject in the event's masked form
 * ({@link AuditEvent#subjectMasked()}), the counts, and the audit line
 * ({@link AuditEvent#toString()}). An event never carries the ID number in clear, so neither
 * does the table; this class never tries to resolve the masked form.
 *
 * <p>Order: each row gets a growing {@code row_id} from the database's identity column.
 * {@link #record} returns only after the commit, so one thread's later event gets a later
 * {@code row_id}: {@link #forEach} hands a thread's events back in the order recorded. Events
 * of different threads are ordered as their inserts ran, which the contract leaves open.
 *
 * <p>Fail closed: a failed insert or commit throws {@link StorageException} (after the
 * rollback), which the query turns into {@link org.jobassist.api.query.AuditFailedException};
 * nothing is swallowed, and no write is retried after an unknown outcome except on the
 * conflicts {@code Database} retries, which roll back first (an identity insert meets none).
 *
 * <p>Thread-safe.
 */
public final class JdbcAuditSink implements AuditSink {

    private final Database db;

    JdbcAuditSink(Database db) {
        this.db = db;
    }

    /**
     * {@inheritDoc}
     *
     * @throws StorageException if the database fails; the event is not kept
     * @throws IllegalStateException if the {@link JdbcStores} were closed
     */
    @Override
    public void record(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        db.inTransaction("record an audit event", c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_event (at_epoch_second, at_nano, "
                    + "user_id, scope_division, query_kind, subject_masked, shown, hidden, line) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, event.at().getEpochSecond());
                p.setInt(2, event.at().getNano());
                p.setString(3, event.userId());
                p.setString(4, event.scope().division().code());
                p.setString(5, event.query().name());
                p.setString(6, event.subjectMasked());
                p.setInt(7, event.shown());
                p.setInt(8, event.hidden());
                p.setString(9, event.toString());
                p.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Hands the audit line ({@link AuditEvent#toString()}) of every event kept to
     * {@code action}, in the order kept; weakly consistent, as a store's {@code forEach}.
     *
     * @param action the action
     * @throws NullPointerException if {@code action} is null
     * @throws StorageException if the database fails
     */
    public void forEach(Consumer<? super String> action) {
        Objects.requireNonNull(action, "action");
        Sql.forEach(db, "audit_event", "line", "", p -> { }, rs -> rs.getString("line"), action);
    }

    /**
     * The number of events kept.
     *
     * @return the count
     * @throws StorageException if the database fails
     */
    public long count() {
        return Sql.count(db, "audit_event");
    }

    @Override
    public String toString() {
        return "JdbcAuditSink";
    }
}
