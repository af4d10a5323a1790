package org.jobassist.api.subsidy;

/**
 * What recording a batch of ledger entries did: how many entries it stored ({@code recorded})
 * and how many it found already held, equal, and left alone ({@code alreadyPresent}). Every
 * entry of the batch is counted exactly once. A batch with a bad entry throws and stores
 * nothing, so a result never counts rejected entries.
 *
 * <p>Immutable and thread-safe.
 *
 * @param recorded entries stored by this batch, not negative
 * @param alreadyPresent entries equal to one held before (or earlier in the batch), not negative
 */
public record LedgerBatchResult(int recorded, int alreadyPresent) {

    /** The result of an empty batch. */
    public static final LedgerBatchResult EMPTY = new LedgerBatchResult(0, 0);

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public LedgerBatchResult {
        if (recorded < 0 || alreadyPresent < 0) {
            throw new IllegalArgumentException("batch counts must not be negative");
        }
    }

    /**
     * Every entry of the batch.
     *
     * @return recorded plus already present
     */
    public int total() {
        return recorded + alreadyPresent;
    }

    /**
     * Whether the batch changed nothing, as a re-run of a recorded batch does.
     *
     * @return true if nothing was recorded
     */
    public boolean isNoOp() {
        return recorded == 0;
    }
}
