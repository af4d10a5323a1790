package org.jobassist.api.assessment;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What recording a batch of outcomes did: how many it stored ({@code accepted}), how many it
 * found already stored with the same id and content and left alone ({@code alreadyRecorded}),
 * and which it rejected and why. Every outcome of the batch is counted exactly once:
 * {@code accepted + alreadyRecorded + rejected.size()} is the batch size.
 *
 * <p>Rejection codes: {@code outcome.duplicate-id} (an id already stored, or earlier in the
 * batch, with other content), {@code outcome.duplicate-in-year} (the person already counts
 * this year), {@code outcome.not-recognised} (the person was not recognised as a person with
 * employment difficulties on the outcome's day), {@code outcome.outside-plan-year} (a day
 * outside the plan year).
 *
 * <p>Immutable and thread-safe.
 *
 * @param accepted outcomes stored by this batch, not negative
 * @param alreadyRecorded outcomes equal to one already stored, not negative
 * @param rejected the rejected outcomes, in batch order
 */
public record OutcomeBatchResult(int accepted, int alreadyRecorded, List<RejectedOutcome> rejected) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if a count is negative
     * @throws NullPointerException if {@code rejected} is null
     */
    public OutcomeBatchResult {
        rejected = List.copyOf(rejected);
        if (accepted < 0 || alreadyRecorded < 0) {
            throw new IllegalArgumentException("batch counts must not be negative");
        }
    }

    /**
     * The batch size.
     *
     * @return accepted + alreadyRecorded + rejected
     */
    public int total() {
        return accepted + alreadyRecorded + rejected.size();
    }

    /**
     * The rejections counted by reason code.
     *
     * @return an unmodifiable map sorted by code
     */
    public Map<String, Integer> rejectedByReason() {
        Map<String, Integer> counts = new TreeMap<>();
        rejected.forEach(r -> counts.merge(r.reason(), 1, Integer::sum));
        return java.util.Collections.unmodifiableMap(counts);
    }
}
