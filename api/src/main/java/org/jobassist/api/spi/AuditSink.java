package org.jobassist.api.spi;

import org.jobassist.api.query.AuditEvent;

/**
 * Where queries across jurisdictions write their audit trail (查询审计): the host's audit log,
 * table or message queue. Every query hands its {@link AuditEvent} to {@link #record} before
 * it returns its answer.
 *
 * <p>Contract:
 * <ul>
 *   <li><b>Thread-safety.</b> Safe for any number of threads; events from one thread are
 *       kept in the order recorded.</li>
 *   <li><b>Durability.</b> {@link #record} returns only once the event is kept as the host
 *       requires (written, committed, acknowledged).</li>
 *   <li><b>Fail closed.</b> If the event cannot be kept, {@link #record} throws (any
 *       {@link RuntimeException}, usually {@link StorageException}); the query then returns
 *       no answer and throws {@link org.jobassist.api.query.AuditFailedException} with that
 *       cause. A sink must never swallow its own failure.</li>
 *   <li><b>Null policy.</b> A null event throws {@link NullPointerException}.</li>
 *   <li><b>Privacy.</b> An event holds the subject masked; a sink must not try to resolve it
 *       back to a number in its logs.</li>
 * </ul>
 *
 * <p>{@code org.jobassist.testkit.query.RecordingAuditSink} keeps events in memory, for tests.
 */
@FunctionalInterface
public interface AuditSink {

    /**
     * Keeps {@code event} in the audit trail.
     *
     * @param event the event
     * @throws NullPointerException if {@code event} is null
     * @throws RuntimeException if the event cannot be kept; the query fails closed
     */
    void record(AuditEvent event);
}
