package org.jobassist.testkit;

import java.util.SplittableRandom;

import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * A QuickTheories randomness source driven by a {@link SplittableRandom} with a fixed seed:
 * every draw is uniform within its constraint. Not thread-safe.
 */
final class SeededRandomness implements RandomnessSource, DetatchedRandomnessSource {

    /** Failed assumptions in a row before a filter is judged hopeless. */
    static final int MAX_FAILED_ASSUMPTIONS = 10_000;

    private final SplittableRandom random;
    private final long[] bounds = new long[2];
    private int failedInARow;

    SeededRandomness(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public long next(Constraint constraint) {
        ConstraintBounds.read(constraint, bounds);
        long min = bounds[0];
        long max = bounds[1];
        long span = max - min + 1;
        if (span > 0) {
            return min + random.nextLong(span);
        }
        // The range holds more than half of all longs (or all of them): rejection ends fast.
        long value;
        do {
            value = random.nextLong();
        } while (value < min || value > max);
        return value;
    }

    /** Filters draw again from the same stream, so a detached source is this source itself. */
    @Override
    public DetatchedRandomnessSource detach() {
        return this;
    }

    /** A filter accepted its value. */
    @Override
    public void commit() {
        failedInARow = 0;
    }

    @Override
    public void registerFailedAssumption() {
        if (++failedInARow >= MAX_FAILED_ASSUMPTIONS) {
            throw new IllegalStateException("a generator's assumption failed " + MAX_FAILED_ASSUMPTIONS
                    + " times in a row: it filters out (nearly) everything");
        }
    }

    /** Starts a new value: failures of earlier values do not count against it. */
    void startValue() {
        failedInARow = 0;
    }
}
