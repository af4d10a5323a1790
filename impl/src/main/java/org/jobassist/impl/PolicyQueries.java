package org.jobassist.impl;

import java.time.Instant;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.query.AuditFailedException;
import org.jobassist.api.query.Caller;
import org.jobassist.api.query.EnjoyedPolicies;
import org.jobassist.api.spi.AuditSink;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.StorageException;
import org.jobassist.impl.internal.query.QueryEngine;

/**
 * The province-wide query of the policies a person has enjoyed (全省享受政策查询), with the
 * caller's scope enforced and every query audited.
 * <pre>{@code
 * PolicyQueries queries = PolicyQueries.of(ledger, recognitionStore, personStore, auditSink);
 * EnjoyedPolicies seen = queries.enjoyed(Caller.of("u-17", AccessScope.city(dalian)), idNumber, now);
 * }</pre>
 *
 * <p>What a caller sees: ledger entries booked to a city in scope in full, grouped by kind;
 * the recognition record in full when the person's residence city (the city of their county)
 * is in scope; for anything else only the {@link org.jobassist.api.query.OtherCities} notice
 * (how many other cities, which kinds, whether one holds the recognition; no city, amount or
 * date). A person unknown to the person store has no recognition to show; their ledger
 * entries are still found by number.
 *
 * <p>Audit, fail closed: each call that gets as far as an answer hands exactly one
 * {@link org.jobassist.api.query.AuditEvent} to the sink and returns the answer only once the
 * sink has returned. If the sink throws, the call throws {@link AuditFailedException} and
 * nothing is returned. A call that fails earlier (a null argument, a store failure) discloses
 * nothing and records no event.
 *
 * <p>Finding the person by number: a person store that overrides
 * {@link PersonStore#findByIdNumber} is asked directly; otherwise (the in-memory store) the
 * query keeps its own map from number to person, built by one scan of the store and rebuilt by
 * a new scan when a number is missing or a hit is stale. Reuse one instance, so the map is
 * built once.
 *
 * <p>Thread-safe.
 */
public final class PolicyQueries {

    private final QueryEngine engine;

    private PolicyQueries(QueryEngine engine) {
        this.engine = engine;
    }

    /**
     * The query over the host's stores.
     *
     * @param ledger the entitlement ledger, such as {@link InMemoryStores#ledger}
     * @param recognitionStore the recognition store
     * @param personStore the person store
     * @param auditSink where each query's event goes
     * @return the query
     * @throws NullPointerException if an argument is null
     */
    public static PolicyQueries of(EntitlementLedger ledger, RecognitionStore recognitionStore, PersonStore personStore,
                                   AuditSink auditSink) {
        return new PolicyQueries(new QueryEngine(ledger, recognitionStore, personStore, auditSink));
    }

    /**
     * The policies {@code person} has enjoyed, as {@code caller} may see them. Audited before
     * it returns.
     *
     * @param caller who asks, with their scope
     * @param person whom the query is about
     * @param at when the query is asked (the audit time; no clock is read)
     * @return the answer, cut to the caller's scope
     * @throws AuditFailedException if the audit sink failed; no answer is returned
     * @throws StorageException if a store failed; nothing is returned or audited
     * @throws NullPointerException if an argument is null
     */
    public EnjoyedPolicies enjoyed(Caller caller, ResidentIdNumber person, Instant at) {
        return engine.enjoyed(caller, person, at);
    }

    @Override
    public String toString() {
        return "PolicyQueries[" + engine + "]";
    }
}
