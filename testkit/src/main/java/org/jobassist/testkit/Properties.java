package org.jobassist.testkit;

import org.quicktheories.QuickTheory;

/**
 * The entry point for property tests: a QuickTheories runner with a fixed seed, so that every
 * run of the suite checks the same examples and a failure can be replayed.
 *
 * <p>The seed comes from the system property {@code jobassist.seed} (the build sets it) and
 * falls back to {@link #DEFAULT_SEED}. QuickTheories prints the seed of a falsified property;
 * pass it back with {@code -Djobassist.seed=...} to replay.
 */
public final class Properties {

    /** The seed used when {@code jobassist.seed} is not set: the day Liaoning reported 73,000. */
    public static final long DEFAULT_SEED = 20211109L;

    /** Default number of examples a property is checked on. */
    public static final int DEFAULT_EXAMPLES = 1000;

    private Properties() {}

    /**
     * The seed in force for this run.
     *
     * @return the value of {@code jobassist.seed}, or {@link #DEFAULT_SEED}
     * @throws NumberFormatException if the property is set but is not a whole number
     */
    public static long seed() {
        String value = System.getProperty("jobassist.seed");
        return value == null || value.isBlank() ? DEFAULT_SEED : Long.parseLong(value.trim());
    }

    /**
     * A QuickTheories runner with the fixed seed and {@link #DEFAULT_EXAMPLES} examples.
     *
     * @return the runner
     */
    public static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(seed()).withExamples(DEFAULT_EXAMPLES);
    }
}
