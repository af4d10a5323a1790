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

    /**
     * The heap in use after asking for three collections, for the set-ups that report what a
     * store takes: the difference of two readings around filling it.
     *
     * @return used heap in bytes
     */
    static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
