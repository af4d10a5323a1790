package org.jobassist.api.crosscheck;

import java.util.Objects;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * The cross-check (实时比对) of recognised people and paid subsidies against the registries
 * of other agencies: it reports each {@link Discrepancy} with its evidence and a suggested
 * action. Obtained from {@code org.jobassist.impl.CrossChecks}.
 *
 * <p>Thread-safe: one instance may run several requests at once. It only reads.
 */
public interface CrossCheck {

    /**
     * Runs {@code request} and collects every discrepancy into the report.
     *
     * @param request the request
     * @return the report, discrepancies sorted
     * @throws NullPointerException if {@code request} is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    CrossCheckReport run(CrossCheckRequest request);

    /**
     * Runs {@code request} and hands each discrepancy to {@code sink} as it is found, in no
     * particular order, for results too large to hold; the report carries the counts and an
     * empty list.
     *
     * @param request the request
     * @param sink receives each discrepancy once
     * @return the report, without the list
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    CrossCheckReport run(CrossCheckRequest request, Consumer<? super Discrepancy> sink);

    /**
     * Runs {@code request} as {@link #run(CrossCheckRequest)} does, on up to {@code threads}
     * threads: the caller's and {@code threads - 1} that the run starts and ends. The report is
     * equal to the one {@link #run(CrossCheckRequest)} gives for the same data. The stores are
     * read from several threads at once, as their thread-safety allows.
     *
     * <p>Whether and how a run is split is the implementation's choice; this default runs
     * {@link #run(CrossCheckRequest)} on the caller's thread. Error code:
     * {@code cross-check.threads} (path {@code threads}), outside 1 to 256.
     *
     * @param request the request
     * @param threads the most threads to use, the caller's included: 1 to 256
     * @return the report, discrepancies sorted
     * @throws NullPointerException if {@code request} is null
     * @throws org.jobassist.api.error.InvalidInputException if {@code threads} is outside 1 to 256
     * @throws org.jobassist.api.spi.StorageException if a store fails
     */
    default CrossCheckReport runParallel(CrossCheckRequest request, int threads) {
        Objects.requireNonNull(request, "request");
        if (threads < 1 || threads > 256) {
            throw new InvalidInputException(new Violation("threads", "cross-check.threads",
                    "the number of threads must be 1 to 256"));
        }
        return run(request);
    }
}
