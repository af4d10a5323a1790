package org.jobassist.api.crosscheck;

import java.util.function.Consumer;

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
}
