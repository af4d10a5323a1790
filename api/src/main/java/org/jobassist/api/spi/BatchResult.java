package org.jobassist.api.spi;

/**
 * What an all-or-nothing batch write did with each of its items: stored as new
 * ({@code inserted}), stored in place of a different value with the same key
 * ({@code replaced}), or found equal to the stored value and left alone ({@code unchanged}).
 * Every item of the batch is counted exactly once, so nothing is silently dropped.
 *
 * <p>The batch writes of this package are all-or-nothing: a batch with any bad item throws
 * {@link org.jobassist.api.error.InvalidInputException} listing every bad item and stores
 * nothing, so a result never counts rejected items.
 *
 * <p>Immutable and thread-safe.
 *
 * @param inserted items stored under a key that held nothing, not negative
 * @param replaced items stored in place of a different value, not negative
 * @param unchanged items equal to what was already stored, not negative
 */
public record BatchResult(int inserted, int replaced, int unchanged) {

    /** The result of an empty batch. */
    public static final BatchResult EMPTY = new BatchResult(0, 0, 0);

    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public BatchResult {
        if (inserted < 0 || replaced < 0 || unchanged < 0) {
            throw new IllegalArgumentException("batch counts must not be negative");
        }
    }

    /**
     * The items that changed the store: inserted plus replaced.
     *
     * @return the count
     */
    public int accepted() {
        return inserted + replaced;
    }

    /**
     * Every item of the batch: accepted plus unchanged.
     *
     * @return the batch size
     */
    public int total() {
        return inserted + replaced + unchanged;
    }

    /**
     * Whether the batch changed nothing.
     *
     * @return true if every item was unchanged
     */
    public boolean isNoOp() {
        return accepted() == 0;
    }
}
