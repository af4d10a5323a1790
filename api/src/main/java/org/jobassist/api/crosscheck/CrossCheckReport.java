package org.jobassist.api.crosscheck;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one cross-check run (比对结果): the request, how many recognised people and
 * payments were checked, how many recognition records and payments could not be checked
 * because no person record has their person id or ID number, the discrepancies sorted by
 * {@link Discrepancy#ORDER} (empty when they were streamed to a consumer instead), the count of each kind (always complete, zeros included),
 * and the change-feed position to start the next incremental run from.
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows counts only.
 *
 * @param request the request run
 * @param peopleChecked the recognised people checked
 * @param peopleWithoutRecord the recognised people skipped: no person record has the id
 * @param paymentsChecked the ledger entries checked
 * @param paymentsWithoutPerson the ledger entries skipped: no person record has the ID number
 * @param discrepancies the discrepancies, in order; empty when streamed
 * @param counts the count of each kind, every kind present
 * @param nextSequence the position for the next incremental run
 */
public record CrossCheckReport(CrossCheckRequest request, long peopleChecked, long peopleWithoutRecord,
                               long paymentsChecked, long paymentsWithoutPerson, List<Discrepancy> discrepancies,
                               Map<DiscrepancyKind, Long> counts, long nextSequence) {

    /**
     * Copies the list and completes the counts with zeros.
     *
     * @throws NullPointerException if a component or an element is null
     */
    public CrossCheckReport {
        Objects.requireNonNull(request, "request");
        discrepancies = List.copyOf(discrepancies);
        Map<DiscrepancyKind, Long> all = new EnumMap<>(DiscrepancyKind.class);
        for (DiscrepancyKind k : DiscrepancyKind.values()) {
            all.put(k, 0L);
        }
        all.putAll(counts);
        counts = Collections.unmodifiableMap(all);
    }

    /**
     * The count of {@code kind}.
     *
     * @param kind the kind
     * @return the count
     * @throws NullPointerException if {@code kind} is null
     */
    public long count(DiscrepancyKind kind) {
        return counts.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * The count of every kind together.
     *
     * @return the total
     */
    public long total() {
        long t = 0;
        for (long c : counts.values()) {
            t += c;
        }
        return t;
    }

    @Override
    public String toString() {
        return "CrossCheckReport[" + (request.isIncremental() ? "incremental since " + request.since().getAsLong()
                : "full") + " as of " + request.asOf() + ", " + peopleChecked + " people (" + peopleWithoutRecord + " without record), " + paymentsChecked
                + " payments (" + paymentsWithoutPerson + " without person), " + counts + ", next " + nextSequence
                + "]";
    }
}
