package org.jobassist.benchmarks;

import org.jobassist.testkit.Properties;

/** What the benchmarks share about their inputs. */
final class BenchmarkInputs {

    /**
     * The seed of every input table: fixed, not read from {@code jobassist.seed}, so that runs
     * on different days measure the same inputs.
     */
    static final long SEED = Properties.DEFAULT_SEED;

    private BenchmarkInputs() {}
}
